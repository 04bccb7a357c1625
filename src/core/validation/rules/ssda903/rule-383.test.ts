import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Episode } from '../../../model/ssda903.ts';
import { rules } from './rule-383.ts';
import { cellsOf, check, episode, variantFor } from './test-helpers.ts';

const around = (year: number, after: Partial<Episode>) => ({
  episodes: [
    episode({ DECOM: `${year}-05-01`, PLACE: 'U4', PL_POST: 'AB2 3EF', DEC: `${year}-06-01`, REC: 'X1' }),
    episode({ DECOM: `${year}-06-01`, RNE: 'P', PLACE: 'T1', PL_POST: 'ZZ1 1ZZ', DEC: `${year}-06-10`, REC: 'X1' }),
    episode({ DECOM: `${year}-06-10`, RNE: 'P', PLACE: 'T3', PL_POST: 'ZZ1 1ZZ', DEC: `${year}-06-20`, REC: 'X1' }),
    episode({ DECOM: `${year}-06-20`, RNE: 'P', PLACE: 'U4', PL_POST: 'AB2 3EF', ...after }),
  ],
});

describe('rule 383', () => {
  const early = variantFor(rules, '2023/24');
  const late = variantFor(rules, '2025/26');
  it('passes a return to the same placement type after a run of temporary placements', () => {
    assert.deepEqual(check(early, around(2023, {})), []);
    assert.deepEqual(check(late, around(2025, { PL_POST: 'ab23ef' }), { year: '2025/26' }), []);
  });
  it('flags a move to another placement type', () => {
    assert.deepEqual(cellsOf(check(early, around(2023, { PLACE: 'K2' }))), ['Episodes.PLACE=K2']);
  });
  it('from 2025/26 flags a return to another postcode, which earlier years do not judge', () => {
    assert.deepEqual(check(early, around(2023, { PL_POST: 'CD4 5GH' })), []);
    assert.deepEqual(cellsOf(check(late, around(2025, { PL_POST: 'CD4 5GH' }), { year: '2025/26' })), ['Episodes.PLACE=U4']);
  });
  it('does not judge a temporary placement still open', () => {
    assert.deepEqual(check(early, { episodes: around(2023, {}).episodes.slice(0, 3).map((e, i) => (i === 2 ? { ...e, DEC: null, REC: null } : e)) }), []);
  });
});
