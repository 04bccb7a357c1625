import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-562.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

const lastYear = { episodes: [episode({ DECOM: '2022-05-01', DEC: '2023-02-01', REC: 'X1' }), episode({ DECOM: '2023-02-01', RNE: 'P' })] };

describe('rule 562', () => {
  it('passes an earlier episode found last year, and one starting on 1 April', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ DECOM: '2023-02-01', RNE: 'P', DEC: '2023-04-01', REC: 'X1' }), episode({ DECOM: '2023-04-01', RNE: 'P' })] }, { previous: lastYear }), []);
    assert.deepEqual(check(rule, { episodes: [episode({ DECOM: '2023-04-01' })] }, { previous: {} }), []);
  });
  it('flags an episode of 31 March not in last year\'s return', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ DECOM: '2023-03-31' })] }, { previous: lastYear })), ['Episodes.DECOM=2023-03-31']);
  });
});
