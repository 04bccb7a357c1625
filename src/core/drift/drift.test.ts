import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testChild, type TestChild } from '../indicators/test-children.ts';
import { drift } from './drift.ts';
import type { DriftItem, LocalRecords } from './rule.ts';
import { driftSettings, type DriftSettings } from './settings.ts';
import { allocationsOn, worklist } from './worklist.ts';

/** Each rule on a hand-made child; due dates and working days worked out by hand on the England calendar. */
function items(child: TestChild, at: string, rule: string, options: { records?: LocalRecords; settings?: DriftSettings } = {}): DriftItem[] {
  return drift([testChild(child)], at, options).items.filter((i) => i.rule === rule);
}

const brief = (i: DriftItem) => `${i.state} due ${i.due} by ${i.overdueWorkingDays}`;

describe('drift rules', () => {
  it('referral decision: 1 working day, over the August bank holiday', () => {
    // Friday 22 August 2025; Monday 25 is a holiday, so the decision is due on Tuesday 26.
    const child: TestChild = { cinYear: '2025/26', cin: [{ referral: '2025-08-22' }] };
    assert.deepEqual(items(child, '2025-08-26', 'referral-decision'), []);
    assert.deepEqual(items(child, '2025-08-27', 'referral-decision').map(brief), ['open due 2025-08-26 by 1']);
    assert.deepEqual(items({ ...child, cin: [{ referral: '2025-08-22', assessments: [{ start: '2025-08-26' }] }] }, '2025-08-27', 'referral-decision'), []);
  });

  it('assessment past 45 working days: open, late, and on time', () => {
    // From 17 April 2025 the 45th working day is 25 June (Easter and two May holidays fall between).
    const open = items({ cin: [{ referral: '2025-04-16', assessments: [{ start: '2025-04-17' }] }] }, '2025-07-01', 'assessment-overdue');
    assert.deepEqual(open.map(brief), ['open due 2025-06-25 by 4']);
    assert.equal(open[0]!.severity, 'high');
    assert.deepEqual(items({ cin: [{ referral: '2025-04-16', assessments: [{ start: '2025-04-17', authorised: '2025-06-27' }] }] }, '2025-07-01', 'assessment-overdue').map(brief), ['late due 2025-06-25 by 2']);
    assert.deepEqual(items({ cin: [{ referral: '2025-04-16', assessments: [{ start: '2025-04-17', authorised: '2025-06-25' }] }] }, '2025-07-01', 'assessment-overdue'), []);
  });

  it('ICPC past 15 working days of the strategy discussion, over Christmas; none when not required', () => {
    const open = { cin: [{ referral: '2024-12-17', s47: [{ start: '2024-12-18' }] }] };
    assert.deepEqual(items(open, '2025-01-20', 'icpc-overdue').map(brief), ['open due 2025-01-13 by 5']);
    assert.deepEqual(items({ cin: [{ referral: '2024-12-17', s47: [{ start: '2024-12-18', notRequired: true }] }] }, '2025-01-20', 'icpc-overdue'), []);
  });

  it('CP review overdue: 3 months, then 6; a Saturday deadline is not yet a working day late', () => {
    const child: TestChild = { cin: [{ referral: '2024-12-01', cpPlans: [{ start: '2025-01-10', reviews: ['2025-04-10'] }] }] };
    assert.deepEqual(items(child, '2025-10-11', 'cp-review-overdue'), []);
    const monday = items(child, '2025-10-13', 'cp-review-overdue');
    assert.deepEqual(monday.map(brief), ['open due 2025-10-10 by 1']);
    // The same situation a week later is the same item, so an acknowledgement stays attached.
    assert.equal(items(child, '2025-10-20', 'cp-review-overdue')[0]!.id, monday[0]!.id);
    assert.equal(monday[0]!.id, 'cp-review-overdue:C1:child-protection-plan-started:2025-01-10/review-after:2025-04-10');
  });

  it('CP plan over 18 months, then over 2 years (one item at a time)', () => {
    const child: TestChild = { cin: [{ referral: '2024-01-01', cpPlans: [{ start: '2024-01-15' }] }] };
    assert.deepEqual(items(child, '2025-08-01', 'cp-plan-18-months').map((i) => i.due), ['2025-07-15']);
    assert.deepEqual(items(child, '2025-08-01', 'cp-plan-2-years'), []);
    assert.deepEqual(items(child, '2026-02-01', 'cp-plan-18-months'), []);
    assert.deepEqual(items(child, '2026-02-01', 'cp-plan-2-years').map((i) => `${i.due} ${i.severity}`), ['2026-01-15 high']);
  });

  it('looked-after review: 20 working days over Christmas, then 3 months', () => {
    // From Monday 1 December 2025 the 20th working day is 31 December (25 and 26 December are holidays).
    const care = { DECOM: '2025-12-01', RNE: 'S', PLACE: 'U4', DEC: null, REC: null };
    assert.deepEqual(items({ care: [care] }, '2026-01-05', 'looked-after-review-overdue').map(brief), ['open due 2025-12-31 by 2']);
    assert.deepEqual(items({ care: [care], reviews: ['2025-12-30'] }, '2026-03-31', 'looked-after-review-overdue').map(brief), ['open due 2026-03-30 by 1']);
  });

  it('return interview within 72 hours: needs the interview dates', () => {
    const child: TestChild = { care: [{ DECOM: '2025-05-01', RNE: 'S', PLACE: 'U4', DEC: null, REC: null }], missing: [{ MIS_START: '2025-06-30', MIS_END: '2025-07-01' }] };
    const result = drift([testChild(child)], '2025-07-08');
    assert.ok(result.notRun.some((n) => n.rule.id === 'return-interview-overdue' && /Annex A list 8/.test(n.reason)));
    assert.deepEqual(items(child, '2025-07-08', 'return-interview-overdue', { records: { returnInterviews: new Map() } }).map(brief), ['open due 2025-07-04 by 2']);
    assert.deepEqual(items(child, '2025-07-08', 'return-interview-overdue', { records: { returnInterviews: new Map([['C1', ['2025-07-03']]]) } }), []);
  });

  it('3 or more placements in 12 months is a concern keyed by the current placement', () => {
    const ep = (DECOM: string, RNE: string, PLACE: string, DEC: string | null) => ({ DECOM, RNE, PLACE, DEC, REC: DEC ? 'X1' : null });
    const found = items({ care: [ep('2024-06-01', 'S', 'U4', '2025-05-01'), ep('2025-05-01', 'P', 'U6', '2025-11-01'), ep('2025-11-01', 'P', 'K2', null)] }, '2026-03-31', 'placement-moves');
    assert.equal(found.length, 1);
    assert.equal(found[0]!.id, 'placement-moves:C1:placement:2025-11-01');
    assert.equal(found[0]!.facts.length, 3);
    assert.equal(found[0]!.state, 'concern');
  });

  it('care leaver contact: every 2 months from the latest contact, else "not in touch" at the latest return', () => {
    const leaver: TestChild = { birth: '2005-07-01', careLeaver: [{ year: '2025/26', IN_TOUCH: 'NO', ACTIV: '0', ACCOM: '0' }] };
    assert.deepEqual(items(leaver, '2026-03-31', 'care-leaver-contact').map((i) => i.state), ['concern']);
    assert.deepEqual(items(leaver, '2026-03-31', 'care-leaver-contact', { records: { careLeaverContacts: new Map([['C1', '2026-01-10']]) } }).map(brief), ['open due 2026-03-10 by 15']);
  });

  it('pathway plan review every 6 months, from the dates given', () => {
    const leaver: TestChild = { birth: '2007-07-01', careLeaver: [{ year: '2025/26' }] };
    assert.deepEqual(items(leaver, '2026-03-02', 'pathway-plan-review-overdue', { records: { pathwayPlanReviews: new Map([['C1', '2025-09-01']]) } }).map(brief), ['open due 2026-03-01 by 1']);
  });

  it('CP visits follow the council\'s own timescale', () => {
    const child: TestChild = { cin: [{ referral: '2026-02-20', cpPlans: [{ start: '2026-03-02' }] }] };
    const records = { cpVisits: new Map([['C1', '2026-03-16']]) };
    assert.deepEqual(items(child, '2026-03-31', 'cp-visit-overdue', { records }).map(brief), ['open due 2026-03-30 by 1']);
    assert.deepEqual(items(child, '2026-03-31', 'cp-visit-overdue', { records, settings: driftSettings({ cpVisitWorkingDays: 5 }) }).map(brief), ['open due 2026-03-23 by 6']);
  });
});

describe('long-standing concern', () => {
  it('flags neglect with another sign, and says which facts raised it', () => {
    const found = items({ cin: [
      { referral: '2023-01-05', closed: '2024-02-01', cpPlans: [{ start: '2023-02-01', end: '2024-01-20', category: 'NEG' }] },
      { referral: '2024-06-01', cpPlans: [{ start: '2024-07-01', previous: 1, category: 'NEG' }] },
    ] }, '2025-03-31', 'long-standing-concern');
    assert.equal(found.length, 1);
    assert.match(found[0]!.what, /neglect, repeated-plans, return-after-step-down/);
    assert.ok(found[0]!.facts.some((f) => f.what === 'return-after-step-down: referred again' && f.date === '2024-06-01'));
    assert.equal(found[0]!.id, 'long-standing-concern:C1:history');
  });

  it('does not flag repeated referrals without neglect, unless the council says so', () => {
    const child: TestChild = { cin: [{ referral: '2024-01-05', closed: '2024-02-01', need: 'N5' }, { referral: '2024-06-01', closed: '2024-07-01', need: 'N5' }, { referral: '2025-01-10', need: 'N5' }] };
    assert.deepEqual(items(child, '2025-03-31', 'long-standing-concern'), []);
    assert.equal(items(child, '2025-03-31', 'long-standing-concern', { settings: driftSettings({ concern: { neglectRequired: false } }) }).length, 1);
  });
});

describe('worklists', () => {
  const children = [
    testChild({ id: 'A', cin: [{ referral: '2025-04-16', assessments: [{ start: '2025-04-17' }] }], care: [{ DECOM: '2025-05-01', RNE: 'S', PLACE: 'U4', DEC: null, REC: null }], reviews: ['2025-05-20', '2025-08-01'], socialWorkers: [{ id: 'SW1', start: '2025-04-20' }] }),
    testChild({ id: 'B', cin: [{ referral: '2023-11-01', cpPlans: [{ start: '2023-12-20', reviews: ['2024-03-15', '2024-09-10', '2025-03-05'] }] }] }),
  ];
  const { items: all } = drift(children, '2025-07-01');

  it('sorts by severity then by working days overdue, and names the worker from the 903', () => {
    const list = worklist(all, {}, allocationsOn(children, '2025-07-01'));
    assert.deepEqual(list.map((e) => `${e.severity} ${e.rule} ${e.childId} ${e.worker}`), [
      'high assessment-overdue A SW1',
      'medium cp-plan-18-months B Unallocated',
      'medium long-standing-concern B Unallocated',
    ]);
  });

  it("names the allocated worker where the 903 names none, the team from the allocations", () => {
    const stored = new Map([['A', { team: 'North', worker: 'N-SW02' }], ['B', { team: 'South', worker: 'S-SW01' }]]);
    const allocations = allocationsOn(children, '2025-07-01', stored);
    assert.deepEqual(allocations.get('A'), { team: 'North', worker: 'SW1' }, "looked after: the 903's worker");
    assert.deepEqual(allocations.get('B'), { team: 'South', worker: 'S-SW01' });
    assert.deepEqual(worklist(all, { worker: 'S-SW01' }, allocations).map((e) => e.childId), ['B', 'B']);
    assert.deepEqual(allocationsOn(children, '2025-07-01', new Map([['B', { team: 'South', worker: null }]])).get('B'), { team: 'South', worker: null }, 'waiting for a worker');
  });

  it('filters by team and worker from the allocations the caller gives', () => {
    const allocations = new Map([['A', { team: 'North', worker: 'Jo' }], ['B', { team: 'South', worker: 'Sam' }]]);
    assert.deepEqual(worklist(all, { team: 'South' }, allocations).map((e) => e.childId), ['B', 'B']);
    assert.deepEqual(worklist(all, { worker: 'Jo' }, allocations).map((e) => e.childId), ['A']);
  });
});
