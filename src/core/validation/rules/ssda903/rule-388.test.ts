import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-388.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

describe('rule 388', () => {
  it('passes X1 followed by an episode starting that day', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ DECOM: '2023-05-01', DEC: '2023-06-01', REC: 'X1' }), episode({ DECOM: '2023-06-01', RNE: 'P' })] }), []);
  });
  it('flags X1 followed by an episode starting the day after', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ DECOM: '2023-05-01', DEC: '2023-06-01', REC: 'X1' }), episode({ DECOM: '2023-06-02', RNE: 'P' })] })), ['Episodes.REC=X1']);
  });
  it('flags X1 on the last episode', () => {
    assert.equal(check(rule, { episodes: [episode({ DECOM: '2023-05-01', DEC: '2023-06-01', REC: 'X1' })] }).length, 1);
  });
});
