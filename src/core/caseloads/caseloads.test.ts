import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { monthsTo } from '../indicators/period.ts';
import { testChild, type TestChild } from '../indicators/test-children.ts';
import { caseloadsOn, caseloadTrend, distribution } from './caseloads.ts';

const ON = '2025-03-31';
const lookedAfter = (id: string, worker?: string, start = '2024-06-01'): TestChild => ({ id, care: [{ DECOM: start }], ...(worker ? { socialWorkers: [{ id: worker, start }] } : {}) });

/** SW1 holds three children (two in Team A), SW2 one in Team B; a child in need in Team B and a looked-after child in Team A have no worker. */
const children = [
  testChild(lookedAfter('A1', 'SW1')),
  testChild(lookedAfter('A2', 'SW1')),
  testChild(lookedAfter('B1', 'SW1')),
  testChild(lookedAfter('B2', 'SW2')),
  testChild({ id: 'B3', cin: [{ referral: '2025-01-05' }] }),
  testChild(lookedAfter('A3')),
  testChild({ id: 'GONE', cin: [{ referral: '2024-01-05', closed: '2024-02-01' }] }),
];
const teams = new Map([['A1', 'Team A'], ['A2', 'Team A'], ['A3', 'Team A'], ['B1', 'Team B'], ['B2', 'Team B'], ['B3', 'Team B']]);

describe('caseloads on a date', () => {
  it("counts each worker's children and gives them the team most of them are in", () => {
    const c = caseloadsOn(children, teams, ON, 2);
    assert.deepEqual(c.workers, [{ worker: 'SW1', team: 'Team A', children: 3, overLimit: true }, { worker: 'SW2', team: 'Team B', children: 1, overLimit: false }]);
    assert.deepEqual({ ...c.summary, byKind: undefined }, { openCases: 6, workers: 2, averageCaseload: 2, highestCaseload: 3, overLimit: 1, unallocated: 2, byKind: undefined });
    assert.deepEqual(c.summary.byKind, { 'looked-after': { open: 5, unallocated: 1 }, 'child-protection': { open: 0, unallocated: 0 }, 'in-need': { open: 1, unallocated: 1 } });
  });

  it('lists the children with an open case and no worker, with their team and kind of case', () => {
    assert.deepEqual(caseloadsOn(children, teams, ON, 18).unallocated, [{ childId: 'A3', team: 'Team A', kind: 'looked-after' }, { childId: 'B3', team: 'Team B', kind: 'in-need' }]);
  });

  it("sums each team's open cases, workers and unallocated children", () => {
    assert.deepEqual(caseloadsOn(children, teams, ON, 2).teams, [
      { team: 'Team A', openCases: 3, unallocated: 1, workers: 1, averageCaseload: 3, highestCaseload: 3, overLimit: 1 },
      { team: 'Team B', openCases: 3, unallocated: 1, workers: 1, averageCaseload: 1, highestCaseload: 1, overLimit: 0 },
    ]);
  });

  it('narrows to one team: its workers, cases and children only', () => {
    const b = caseloadsOn(children, teams, ON, 2, 'Team B');
    assert.deepEqual(b.workers.map((w) => w.worker), ['SW2']);
    assert.deepEqual(b.teams.map((t) => t.team), ['Team B']);
    assert.deepEqual(b.unallocated.map((u) => u.childId), ['B3']);
    assert.equal(b.summary.openCases, 3);
  });

  it('gives the distribution from 1 to the highest caseload or the limit', () => {
    assert.deepEqual(distribution([3, 1, 3], 2), [{ caseload: 1, workers: 1 }, { caseload: 2, workers: 0 }, { caseload: 3, workers: 2 }]);
    assert.equal(distribution([], 18).length, 18);
    assert.deepEqual(caseloadsOn(children, teams, ON, 4).distribution.map((d) => d.workers), [1, 0, 1, 0]);
  });

  it('follows the caseloads month by month', () => {
    const later = [...children, testChild(lookedAfter('A4', 'SW2', '2025-02-10'))];
    const trend = caseloadTrend(later, teams, monthsTo(ON, 3), 2);
    assert.deepEqual(trend.map((p) => [p.label, p.on, p.openCases, p.highestCaseload, p.averageCaseload, p.unallocated]), [
      ['2025-01', '2025-01-31', 6, 3, 2, 2],
      ['2025-02', '2025-02-28', 7, 3, 2.5, 2],
      ['2025-03', '2025-03-31', 7, 3, 2.5, 2],
    ]);
  });
});
