import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-431.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

describe('rule 431', () => {
  it('passes a new period starting the day after the last ended', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ DECOM: '2023-05-01', DEC: '2023-06-01', REC: 'E13' }), episode({ DECOM: '2023-06-02', RNE: 'S' })] }), []);
  });
  it('flags one starting the day the last ended', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ DECOM: '2023-05-01', DEC: '2023-06-01', REC: 'E13' }), episode({ DECOM: '2023-06-01', RNE: 'S' })] })), ['Episodes.RNE=S']);
  });
});
