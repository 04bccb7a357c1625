import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-426.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

describe('rule 426', () => {
  it('passes V3 this year after V4 ending the day before the year', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ LS: 'V4', DECOM: '2022-06-01', DEC: '2023-03-31', REC: 'E4A' }), episode({ LS: 'V3', DECOM: '2023-06-01' })] }), []);
  });
  it('flags V4 and V3 in the same year, once', () => {
    const rows = { episodes: [episode({ LS: 'V4', DECOM: '2022-06-01', DEC: '2023-04-01', REC: 'E4A' }), episode({ LS: 'V3', DECOM: '2023-06-01', DEC: '2023-06-03', REC: 'E4A' }), episode({ LS: 'V3', DECOM: '2023-07-01' })] };
    assert.deepEqual(cellsOf(check(rule, rows)), ['Episodes.LS=V3']);
  });
});
