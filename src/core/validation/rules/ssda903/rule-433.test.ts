import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-433.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

describe('rule 433', () => {
  it('passes a continuation starting the day the last ended', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ DECOM: '2023-05-01', DEC: '2023-06-01', REC: 'X1' }), episode({ DECOM: '2023-06-01', RNE: 'T' })] }), []);
  });
  it('flags one starting the day after', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ DECOM: '2023-05-01', DEC: '2023-06-01', REC: 'X1' }), episode({ DECOM: '2023-06-02', RNE: 'P' })] })), ['Episodes.DECOM=2023-06-02']);
  });
});
