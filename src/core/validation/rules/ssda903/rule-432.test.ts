import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-432.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

describe('rule 432', () => {
  it('passes S after care ended and P after X1', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ DECOM: '2023-05-01', DEC: '2023-06-01', REC: 'E13' }), episode({ DECOM: '2023-07-01', RNE: 'S', DEC: '2023-08-01', REC: 'X1' }), episode({ DECOM: '2023-08-01', RNE: 'P' })] }), []);
  });
  it('flags P after care ended', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ DECOM: '2023-05-01', DEC: '2023-06-01', REC: 'E4A' }), episode({ DECOM: '2023-07-01', RNE: 'P' })] })), ['Episodes.RNE=P']);
  });
});
