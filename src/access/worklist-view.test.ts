import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { drift } from '../core/drift/drift.ts';
import { testChild } from '../core/indicators/test-children.ts';
import type { CouncilFigures } from './council-figures.ts';
import { worklistView } from './worklist-view.ts';

const AT = '2025-07-01';
/** A looked after with the 903's SW1; B on a plan long overdue, with no 903 worker; C likewise. */
const children = [
  testChild({ id: 'A', cin: [{ referral: '2025-04-16', assessments: [{ start: '2025-04-17' }] }], care: [{ DECOM: '2025-05-01', RNE: 'S', PLACE: 'U4', DEC: null, REC: null }], reviews: ['2025-05-20'], socialWorkers: [{ id: 'SW1', start: '2025-04-20' }] }),
  testChild({ id: 'B', cin: [{ referral: '2023-11-01', cpPlans: [{ start: '2023-12-20', reviews: ['2024-03-15', '2024-09-10', '2025-03-05'] }] }] }),
  testChild({ id: 'C', cin: [{ referral: '2023-10-01', cpPlans: [{ start: '2023-11-20', reviews: ['2024-02-15', '2024-08-10', '2025-02-05'] }] }] }),
];
const figures: CouncilFigures = { la: '806', returnIds: [], at: AT, population: null, children, indicators: [], drift: drift(children, AT) };
const allocations = new Map([
  ['A', { team: 'Team A', worker: 'A-SW02' }],
  ['B', { team: 'Team A', worker: 'A-SW01' }],
  ['C', { team: 'Team B', worker: null }],
]);
const view = (filter: { team?: string; worker?: string }) => worklistView(figures, allocations, new Map(), { ...filter, limit: 100 }, AT, () => true);

describe('the worklist view', () => {
  it("names the 903's worker while a child is looked after, the allocated worker otherwise, and Unallocated while a case waits", () => {
    const workers = new Map(view({}).items.map((i) => [i.childId, `${i.team} ${i.worker}`]));
    assert.deepEqual(Object.fromEntries(workers), { A: 'Team A SW1', B: 'Team A A-SW01', C: 'Team B Unallocated' });
  });

  it("gives a worker's list by either id, and offers every worker and Unallocated to choose from", () => {
    const all = view({});
    assert.deepEqual(all.workers, ['A-SW01', 'SW1', 'Unallocated']);
    assert.ok(view({ worker: 'A-SW01' }).items.every((i) => i.childId === 'B'));
    assert.ok(view({ worker: 'A-SW01' }).total > 0);
    assert.equal(view({ worker: 'A-SW02' }).total, 0, "the allocation's worker holds no looked-after child the 903 names another for");
    assert.ok(view({ worker: 'Unallocated' }).items.every((i) => i.childId === 'C'));
  });
});
