import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-217t.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

describe('rule 217t', () => {
  it('passes P2 starting on 27 October 2023', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ PLACE: 'P2', DECOM: '2023-10-27' })] }), []);
  });
  it('flags P2 starting on 28 October 2023', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ PLACE: 'P2', DECOM: '2023-10-28' })] })), ['Episodes.PLACE=P2']);
  });
});
