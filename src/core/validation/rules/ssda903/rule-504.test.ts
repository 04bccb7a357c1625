import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-504.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

describe('rule 504', () => {
  it('passes later episodes with the category of need of the period\'s start, and a new period with a new one', () => {
    const episodes = [
      episode({ DECOM: '2023-04-01', RNE: 'S', CIN: 'N1', DEC: '2023-05-01', REC: 'X1' }),
      episode({ DECOM: '2023-05-01', RNE: 'P', CIN: 'N1', DEC: '2023-06-01', REC: 'E13' }),
      episode({ DECOM: '2023-09-01', RNE: 'S', CIN: 'N4' }),
    ];
    assert.deepEqual(check(rule, { episodes }), []);
  });
  it('flags a change of category within a period', () => {
    const episodes = [episode({ DECOM: '2023-04-01', RNE: 'S', CIN: 'N1', DEC: '2023-05-01', REC: 'X1' }), episode({ DECOM: '2023-05-01', RNE: 'L', CIN: 'N2' })];
    assert.deepEqual(cellsOf(check(rule, { episodes })), ['Episodes.CIN=N2']);
  });
  it('does not judge a period that started before the return', () => {
    const episodes = [episode({ DECOM: '2021-04-01', RNE: 'P', CIN: 'N1', DEC: '2023-05-01', REC: 'X1' }), episode({ DECOM: '2023-05-01', RNE: 'L', CIN: 'N2' })];
    assert.deepEqual(check(rule, { episodes }), []);
  });
});
