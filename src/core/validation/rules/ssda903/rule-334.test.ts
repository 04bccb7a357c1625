import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-334.ts';
import { ad1, cellsOf, check, episode, header, relatedOf } from './test-helpers.ts';

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
  it('finds the start of a period carried on from last year in last year\'s return', () => {
    const carried = {
      header: [header()],
      episodes: [episode({ DECOM: '2023-02-05', RNE: 'P', PLACE: 'A6', LS: 'E1' })],
      ad1: [ad1({ DATE_INT: '2022-09-11' })],
    };
    const previous = { episodes: [episode({ DECOM: '2021-11-27', DEC: '2023-02-05', REC: 'X1' }), episode({ DECOM: '2023-02-05', RNE: 'P', PLACE: 'A6', LS: 'E1' })] };
    assert.deepEqual(check(rule, carried, { previous }), []);
    const [f] = check(rule, { ...carried, ad1: [ad1({ DATE_INT: '2021-11-26' })] }, { previous });
    assert.deepEqual(relatedOf(f), ['Episodes (previous year).DECOM=2021-11-27']);
  });
  it('does not check a decision against a period that began before the returns given', () => {
    const carried = { header: [header()], episodes: [episode({ DECOM: '2023-02-05', RNE: 'P', PLACE: 'A6', LS: 'E1' })], ad1: [ad1({ DATE_INT: '2022-09-11' })] };
    assert.deepEqual(check(rule, carried), []);
    assert.deepEqual(check(rule, carried, { previous: { episodes: [episode({ DECOM: '2023-02-05', RNE: 'P', PLACE: 'A6', LS: 'E1' })] } }), []);
  });
});
