import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { monthsTo } from '../indicators/period.ts';
import type { Allocation } from '../drift/worklist.ts';
import { testChild, type TestChild } from '../indicators/test-children.ts';
import { caseloadsOn, caseloadTrend, distribution } from './caseloads.ts';

const ON = '2025-03-31';
const lookedAfter = (id: string, worker?: string, start = '2024-06-01'): TestChild => ({ id, care: [{ DECOM: start }], ...(worker ? { socialWorkers: [{ id: worker, start }] } : {}) });

/**
 * Each source of a worker: SW1 (903) holds three looked-after children (two in Team A), SW2 (903) one in
 * Team B; A-SW01 (allocated) a child in need and a looked-after child the 903 names no worker for;
 * B-SW01 (allocated) a child on a plan and one whose care ended with the 903's episode left open. A
 * child in need in Team B and a looked-after child in Team A have neither.
 */
const children = [
  testChild(lookedAfter('A1', 'SW1')),
  testChild(lookedAfter('A2', 'SW1')),
  testChild(lookedAfter('B1', 'SW1')),
  testChild(lookedAfter('B2', 'SW2')),
  testChild({ id: 'B3', cin: [{ referral: '2025-01-05' }] }),
  testChild(lookedAfter('A3')),
  testChild({ id: 'A4', cin: [{ referral: '2024-09-01' }] }),
  testChild(lookedAfter('A5')),
  testChild({ id: 'B4', cin: [{ referral: '2025-01-05', cpPlans: [{ start: '2025-01-20' }] }] }),
  testChild({ id: 'B5', cin: [{ referral: '2024-05-01' }], care: [{ DECOM: '2024-06-01', DEC: '2024-12-01', REC: 'E11' }], socialWorkers: [{ id: 'SW2', start: '2024-06-01' }] }),
  testChild({ id: 'GONE', cin: [{ referral: '2024-01-05', closed: '2024-02-01' }] }),
];
const allocations = new Map<string, Allocation>([
  ['A1', { team: 'Team A', worker: 'A-SW02' }], ['A2', { team: 'Team A', worker: null }], ['A3', { team: 'Team A', worker: null }],
  ['A4', { team: 'Team A', worker: 'A-SW01' }], ['A5', { team: 'Team A', worker: 'A-SW01' }],
  ['B1', { team: 'Team B', worker: null }], ['B2', { team: 'Team B', worker: null }], ['B3', { team: 'Team B', worker: null }],
  ['B4', { team: 'Team B', worker: 'B-SW01' }], ['B5', { team: 'Team B', worker: 'B-SW01' }], ['GONE', { team: 'Team A', worker: 'A-SW03' }],
]);

describe('caseloads on a date', () => {
  it("counts each worker's children with an open case, from the 903 while looked after, else the allocation", () => {
    const c = caseloadsOn(children, allocations, ON, 2);
    assert.deepEqual(c.workers, [
      { worker: 'SW1', team: 'Team A', children: 3, overLimit: true },
      { worker: 'A-SW01', team: 'Team A', children: 2, overLimit: false },
      { worker: 'B-SW01', team: 'Team B', children: 2, overLimit: false },
      { worker: 'SW2', team: 'Team B', children: 1, overLimit: false },
    ]);
    assert.ok(!c.workers.some((w) => w.worker === 'A-SW02'), "the 903's worker holds a looked-after child, not the allocation's");
    assert.ok(!c.workers.some((w) => w.worker === 'A-SW03'), 'a closed case is in no caseload');
    assert.deepEqual({ ...c.summary, byKind: undefined }, { openCases: 10, workers: 4, averageCaseload: 2, highestCaseload: 3, overLimit: 1, unallocated: 2, byKind: undefined });
    assert.deepEqual(c.summary.byKind, { 'looked-after': { open: 6, unallocated: 1 }, 'child-protection': { open: 1, unallocated: 0 }, 'in-need': { open: 3, unallocated: 1 } });
  });

  it('lists the children with an open case and neither worker, with their team and kind of case', () => {
    assert.deepEqual(caseloadsOn(children, allocations, ON, 18).unallocated, [{ childId: 'A3', team: 'Team A', kind: 'looked-after' }, { childId: 'B3', team: 'Team B', kind: 'in-need' }]);
    const noneAllocated = new Map([...allocations].map(([id, a]) => [id, { ...a, worker: null }]));
    assert.deepEqual(caseloadsOn(children, noneAllocated, ON, 18).unallocated.map((u) => u.childId), ['A3', 'A4', 'A5', 'B3', 'B4', 'B5'], 'with no allocated workers, only the 903 names any');
  });

  it("sums each team's open cases, workers and unallocated children", () => {
    assert.deepEqual(caseloadsOn(children, allocations, ON, 2).teams, [
      { team: 'Team A', openCases: 5, unallocated: 1, workers: 2, averageCaseload: 2.5, highestCaseload: 3, overLimit: 1 },
      { team: 'Team B', openCases: 5, unallocated: 1, workers: 2, averageCaseload: 1.5, highestCaseload: 2, overLimit: 0 },
    ]);
  });

  it('narrows to one team: its workers, cases and children only', () => {
    const b = caseloadsOn(children, allocations, ON, 2, 'Team B');
    assert.deepEqual(b.workers.map((w) => w.worker), ['B-SW01', 'SW2']);
    assert.deepEqual(b.teams.map((t) => t.team), ['Team B']);
    assert.deepEqual(b.unallocated.map((u) => u.childId), ['B3']);
    assert.equal(b.summary.openCases, 5);
  });

  it('gives the distribution from 1 to the highest caseload or the limit', () => {
    assert.deepEqual(distribution([3, 1, 3], 2), [{ caseload: 1, workers: 1 }, { caseload: 2, workers: 0 }, { caseload: 3, workers: 2 }]);
    assert.equal(distribution([], 18).length, 18);
    assert.deepEqual(caseloadsOn(children, allocations, ON, 4).distribution.map((d) => d.workers), [1, 2, 1, 0]);
  });

  it('follows the caseloads month by month', () => {
    const later = [...children, testChild(lookedAfter('A6', 'SW2', '2025-02-10'))];
    const trend = caseloadTrend(later, allocations, monthsTo(ON, 3), 2);
    assert.deepEqual(trend.map((p) => [p.label, p.on, p.openCases, p.highestCaseload, p.averageCaseload, p.unallocated]), [
      ['2025-01', '2025-01-31', 10, 3, 2, 2],
      ['2025-02', '2025-02-28', 11, 3, 2.3, 2],
      ['2025-03', '2025-03-31', 11, 3, 2.3, 2],
    ]);
  });
});
