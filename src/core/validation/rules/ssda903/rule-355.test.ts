import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-355.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

describe('rule 355', () => {
  it('passes an episode ending the day after it started, and an open one', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ DECOM: '2023-06-01', DEC: '2023-06-02', REC: 'E13' }), episode({ DECOM: '2023-07-01' })] }), []);
  });
  it('flags one ending the day it started', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ DECOM: '2023-06-01', DEC: '2023-06-01', REC: 'E13' })] })), ['Episodes.DECOM=2023-06-01']);
  });
});
