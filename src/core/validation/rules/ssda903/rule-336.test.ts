import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-336.ts';
import { cellsOf, check, episode, header, relatedOf } from './test-helpers.ts';

const rows = (before: string) => ({
  header: [header()],
  episodes: [
    episode({ DECOM: '2023-04-10', PLACE: before, DEC: '2023-06-01', REC: 'X1' }),
    episode({ DECOM: '2023-06-01', RNE: 'P', LS: 'E1', PLACE: 'A5', DEC: '2023-08-01', REC: 'X1' }),
    episode({ DECOM: '2023-08-01', RNE: 'L', LS: 'E1', PLACE: 'A5' }),
  ],
});

describe('rule 336', () => {
  it('passes A5 after a foster placement, including the legal-status-only change that follows', () => {
    assert.deepEqual(check(rule, rows('U6')), []);
  });
  it('flags A5 after a children’s home, once', () => {
    assert.deepEqual(cellsOf(check(rule, rows('K2'))), ['Episodes.PLACE=A5']);
  });
  it('flags A3 starting a period of care', () => {
    assert.deepEqual(cellsOf(check(rule, { header: [header()], episodes: [episode({ PLACE: 'A3', LS: 'E1' })] })), ['Episodes.PLACE=A3']);
  });
  it("finds the placement before in last year's return, and does not check an A5 carried on from before the returns given", () => {
    const a5 = episode({ DECOM: '2023-02-01', RNE: 'T', LS: 'E1', PLACE: 'A5' });
    const fostered = episode({ DECOM: '2022-09-01', RNE: 'S', PLACE: 'U6', DEC: '2023-02-01', REC: 'X1' });
    assert.deepEqual(check(rule, { header: [header()], episodes: [a5] }, { previous: { episodes: [fostered, a5] } }), []);
    const [f] = check(rule, { header: [header()], episodes: [a5] }, { previous: { episodes: [{ ...fostered, PLACE: 'K2' }, a5] } });
    assert.deepEqual(cellsOf([f!]), ['Episodes.PLACE=A5']);
    assert.deepEqual(relatedOf(f), ['Episodes (previous year).PLACE=K2']);
    assert.deepEqual(check(rule, { header: [header()], episodes: [a5] }), []);
  });
});
