import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-710.ts';
import { cellsOf, check, dolo, episode } from './test-helpers.ts';

const year = { year: '2026/27' } as const;
const secureThenHome = [episode({ DECOM: '2026-05-01', PLACE: 'K1', DEC: '2026-06-01', REC: 'X1' }), episode({ DECOM: '2026-06-01', RNE: 'P', PLACE: 'K2' })];

describe('rule 710', () => {
  it('passes a DoLO from the day the child moved from secure care to a children\'s home', () => {
    assert.deepEqual(check(rule, { episodes: secureThenHome, dolo: [dolo({ DOLO_START: '2026-06-01' })] }, year), []);
  });
  it('flags a DoLO starting the day before the move', () => {
    const findings = check(rule, { episodes: secureThenHome, dolo: [dolo({ DOLO_START: '2026-05-31' })] }, year);
    assert.deepEqual(cellsOf(findings), ['Episodes.PLACE=K1']);
    assert.equal(findings[0]!.related[0]!.value, '2026-05-31');
  });
  it('flags a placement with parents starting on the DoLO\'s last day', () => {
    const episodes = [episode({ DECOM: '2026-05-01', PLACE: 'K2', DEC: '2026-07-01', REC: 'X1' }), episode({ DECOM: '2026-07-01', RNE: 'P', PLACE: 'P1', PLACE_PROVIDER: 'PR0' })];
    assert.equal(check(rule, { episodes, dolo: [dolo({ DOLO_START: '2026-06-01', DOLO_END: '2026-07-01' })] }, year).length, 1);
  });
});
