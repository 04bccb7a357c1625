import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-147.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

describe('rule 147', () => {
  it('passes a valid DEC', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ DEC: '2023-09-01' })] }), []);
  });
  it('flags an unreadable date', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ DEC: null, raw: { DEC: '31/02/2023' } })] })), ['Episodes.DEC=31/02/2023']);
  });
  it('passes a blank DEC, which is optional here', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ DEC: null })] }), []);
  });
});
