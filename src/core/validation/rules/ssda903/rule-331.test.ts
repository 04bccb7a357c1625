import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-331.ts';
import { ad1, cellsOf, check, episode, header } from './test-helpers.ts';

const adoptedChild = (DATE_MATCH: string) => ({
  header: [header()],
  episodes: [
    episode({ DECOM: '2023-04-10', PLACE: 'U4', DEC: '2023-06-01', REC: 'X1' }),
    episode({ DECOM: '2023-06-01', RNE: 'P', LS: 'E1', PLACE: 'A5', DEC: '2023-08-01', REC: 'X1' }),
    episode({ DECOM: '2023-08-01', RNE: 'L', LS: 'E1', PLACE: 'A5', DEC: '2024-01-10', REC: 'E11' }),
  ],
  ad1: [ad1({ DATE_INT: '2023-05-01', DATE_MATCH })],
});

describe('rule 331', () => {
  it('passes matching on the day the child was placed for adoption', () => {
    assert.deepEqual(check(rule, adoptedChild('2023-06-01')), []);
  });
  it('flags matching the day after placement, even though before the last episode started', () => {
    assert.deepEqual(cellsOf(check(rule, adoptedChild('2023-06-02'))), ['AD1.DATE_MATCH=2023-06-02']);
  });
  it('does not apply to a child not adopted in the return', () => {
    const rows = adoptedChild('2023-09-01');
    assert.deepEqual(check(rule, { ...rows, episodes: rows.episodes.map((e) => ({ ...e, REC: e.REC === 'E11' ? null : e.REC, DEC: e.REC === 'E11' ? null : e.DEC })) }), []);
  });
});
