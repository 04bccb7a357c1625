import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-334.ts';
import { ad1, cellsOf, check, episode, header } from './test-helpers.ts';

const rows = (DATE_INT: string) => ({
  header: [header()],
  episodes: [
    episode({ DECOM: '2022-01-01', DEC: '2022-05-01', REC: 'E13' }),
    episode({ DECOM: '2023-04-01', DEC: '2023-06-01', REC: 'X1' }),
    episode({ DECOM: '2023-06-01', RNE: 'P', PLACE: 'A6', LS: 'E1' }),
  ],
  ad1: [ad1({ DATE_INT })],
});

describe('rule 334', () => {
  it('passes a decision on the first day of the latest period of care', () => {
    assert.deepEqual(check(rule, rows('2023-04-01')), []);
  });
  it('flags a decision the day before, though within an earlier period', () => {
    assert.deepEqual(cellsOf(check(rule, rows('2023-03-31'))), ['AD1.DATE_INT=2023-03-31']);
  });
});
