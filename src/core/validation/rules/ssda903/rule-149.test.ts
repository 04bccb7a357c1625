import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-149.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

describe('rule 149', () => {
  it('passes a valid REC', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ REC: 'E4A' })] }), []);
  });
  it('flags a code not in the list', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ REC: 'E43' })] })), ['Episodes.REC=E43']);
  });
  it('passes a blank REC, which is optional here', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ REC: null })] }), []);
  });
});
