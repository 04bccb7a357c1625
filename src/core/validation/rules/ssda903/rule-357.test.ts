import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-357.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

describe('rule 357', () => {
  it('passes a first episode with RNE S', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ DECOM: '2023-04-01', RNE: 'S', DEC: '2023-06-01', REC: 'X1' }), episode({ DECOM: '2023-06-01', RNE: 'P' })] }), []);
  });
  it('flags a first episode starting on 1 April with RNE P', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ DECOM: '2023-04-01', RNE: 'P' })] })), ['Episodes.RNE=P']);
  });
  it('does not judge a first episode that started on 31 March, before the year', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ DECOM: '2023-03-31', RNE: 'P' })] }), []);
  });
});
