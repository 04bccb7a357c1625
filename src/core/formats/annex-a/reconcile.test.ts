import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AnnexAData, AnnexARecord } from '../../model/annex-a.ts';
import { reconcileAnnexA } from './reconcile.ts';

const cp = (child: string, end: string | null): AnnexARecord => ({ list: 7, values: { 'Child Unique ID': child, 'Child Protection Plan End Date': end, 'Number of Previous Child Protection Plans': 0 } });
const cla = (child: string, placements: number): AnnexARecord => ({ list: 8, values: { 'Child Unique ID': child, 'Date Ceased to be Looked After': null, 'Number of Placements in the Last 12 months': placements } });

describe('reconciling Annex A with the returns', () => {
  it('lists children on a CP plan in one and not the other, list sizes and counts that differ', () => {
    const annexA: AnnexAData = { at: '2026-01-31', lists: { 7: [cp('A', null), cp('B', null), cp('C', '2025-12-01')], 8: [cla('D', 3)] } };
    const returns: AnnexAData = { at: '2026-01-31', lists: { 7: [cp('A', null), cp('C', null)], 8: [cla('D', 2)] } };
    const found = reconcileAnnexA(annexA, returns);
    assert.deepEqual(found.map((d) => [d.kind, d.list, d.child ?? null, d.annexA ?? null, d.returns ?? null]), [
      ['rows-differ', 7, null, 3, 2],
      ['only-in-annex-a', 7, 'B', null, null],
      ['only-in-returns', 7, 'C', null, null],
      ['count-differs', 8, 'D', 3, 2],
    ]);
    assert.match(found[1]!.message, /Child B is on a child protection plan on 2026-01-31 in the Annex A \(list 7\) but not in the CIN census/);
  });

  it('finds nothing when both say the same', () => {
    const same: AnnexAData = { at: '2026-01-31', lists: { 7: [cp('A', null)], 8: [cla('D', 1)] } };
    assert.deepEqual(reconcileAnnexA(same, same), []);
  });
});
