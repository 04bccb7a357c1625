import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-336.ts';
import { cellsOf, check, episode, header } from './test-helpers.ts';

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
});
