import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { actionAsAt, actionRag, nextMilestone, overdueMilestones, silentDays } from './rag.ts';
import { milestone, testAction, update } from './test-actions.ts';

const TODAY = '2026-03-20';
/** Updated yesterday: only the milestones decide. */
const fresh = [update(1, '2026-03-19')];

describe("an action's RAG", () => {
  it('is green with nothing due within a week and a recent update', () => {
    assert.deepEqual(actionRag(testAction({ updates: fresh, milestones: [milestone(1, '2026-03-28')] }), TODAY), { rag: 'green', reasons: [] });
  });

  it('is red the day after a milestone was due and not done, amber on the due day itself', () => {
    const due = (d: string) => actionRag(testAction({ updates: fresh, milestones: [milestone(1, d)] }), TODAY);
    assert.equal(due('2026-03-19').rag, 'red');
    assert.match(due('2026-03-19').reasons[0]!, /Milestone “Milestone 1” was due on 19 March 2026 and is not done/);
    assert.equal(due('2026-03-20').rag, 'amber', 'due today is not yet late');
    assert.match(due('2026-03-20').reasons[0]!, /is due on 20 March 2026/);
  });

  it('is amber for a milestone due within 7 days (today + 7 included), green from day 8', () => {
    const due = (d: string) => actionRag(testAction({ updates: fresh, milestones: [milestone(1, d)] }), TODAY).rag;
    assert.equal(due('2026-03-27'), 'amber');
    assert.equal(due('2026-03-28'), 'green');
  });

  it('ignores milestones that are done, even late', () => {
    assert.equal(actionRag(testAction({ updates: fresh, milestones: [milestone(1, '2026-03-10', '2026-03-15')] }), TODAY).rag, 'green');
  });

  it('goes amber after more than 7 days without an update and red after more than 14', () => {
    const lastUpdate = (d: string) => actionRag(testAction({ updates: [update(1, d)] }), TODAY);
    assert.equal(lastUpdate('2026-03-13').rag, 'green', '7 days: this week’s update is not yet missed');
    assert.equal(lastUpdate('2026-03-12').rag, 'amber', '8 days');
    assert.deepEqual(lastUpdate('2026-03-12').reasons, ['No update for 8 days.']);
    assert.equal(lastUpdate('2026-03-06').rag, 'amber', '14 days');
    assert.equal(lastUpdate('2026-03-05').rag, 'red', '15 days');
  });

  it('counts silence from the start date, or from when the action was added, before the first update', () => {
    assert.equal(silentDays(testAction({ startDate: '2026-03-01', createdAt: '2026-03-01T09:00:00Z' }), TODAY), 19);
    assert.equal(silentDays(testAction({ startDate: '2026-02-01', createdAt: '2026-03-10T09:00:00Z' }), TODAY), 10, 'added after it started: from when added');
    assert.equal(silentDays(testAction({ startDate: '2026-03-15', createdAt: '2026-03-01T09:00:00Z' }), TODAY), 5, 'added before it started: from the start');
    assert.equal(silentDays(testAction({ startDate: '2026-04-01', createdAt: '2026-03-01T09:00:00Z', targetDate: '2026-06-30' }), TODAY), 0, 'not started yet');
    assert.equal(actionRag(testAction({ startDate: '2026-04-01', targetDate: '2026-06-30' }), TODAY).rag, 'green');
  });

  it('is red once the target date has passed, amber within a week of it', () => {
    assert.equal(actionRag(testAction({ updates: fresh, startDate: '2026-01-01', targetDate: '2026-03-19' }), TODAY).rag, 'red');
    assert.equal(actionRag(testAction({ updates: fresh, startDate: '2026-01-01', targetDate: '2026-03-27' }), TODAY).rag, 'amber');
    assert.equal(actionRag(testAction({ updates: fresh, startDate: '2026-01-01', targetDate: '2026-03-28' }), TODAY).rag, 'green');
  });

  it('is complete once the action is, whatever its dates', () => {
    assert.deepEqual(actionRag(testAction({ status: 'complete', completedOn: '2026-03-10', targetDate: '2026-03-05', startDate: '2026-01-01' }), TODAY), { rag: 'complete', reasons: [] });
  });

  it('lists every reason, red ones first', () => {
    const r = actionRag(testAction({ updates: [update(1, '2026-03-01')], milestones: [milestone(1, '2026-03-22'), milestone(2, '2026-03-18')] }), TODAY);
    assert.equal(r.rag, 'red');
    assert.deepEqual(r.reasons.map((x) => x.slice(0, 24)), ['Milestone “Milestone 2” ', 'No update for 19 days.', 'Milestone “Milestone 1” ']);
  });
});

describe('milestones of an action', () => {
  const a = testAction({ milestones: [milestone(3, '2026-04-10'), milestone(1, '2026-03-12'), milestone(2, '2026-03-05'), milestone(4, '2026-03-01', '2026-03-02')] });
  it('lists the overdue ones, most overdue first, and finds the next one not done', () => {
    assert.deepEqual(overdueMilestones(a, TODAY).map((m) => m.id), [2, 1]);
    assert.equal(nextMilestone(a)?.id, 2);
    assert.equal(nextMilestone(testAction()), null);
  });
});

describe('an action as it stood on an earlier day', () => {
  const now = testAction({
    status: 'complete', completedOn: '2026-03-18',
    milestones: [milestone(1, '2026-03-10', '2026-03-16'), milestone(2, '2026-03-17', '2026-03-17', '2026-03-14')],
    updates: [update(1, '2026-03-05'), update(2, '2026-03-18')],
  });

  it('leaves out what came later and undoes what was done later', () => {
    const then = actionAsAt(now, '2026-03-13')!;
    assert.equal(then.status, 'in-progress');
    assert.equal(then.completedOn, null);
    assert.deepEqual(then.milestones.map((m) => [m.id, m.doneOn]), [[1, null]], 'milestone 2 was added on 14 March');
    assert.deepEqual(then.updates.map((u) => u.id), [1]);
    assert.equal(actionRag(then, '2026-03-13').rag, 'red', 'milestone 1 was three days late then');
  });

  it('keeps what was done by the end of that day, and is null before the action was added', () => {
    const then = actionAsAt(now, '2026-03-18')!;
    assert.equal(then.status, 'complete');
    assert.equal(actionAsAt(now, '2026-02-28'), null);
  });
});
