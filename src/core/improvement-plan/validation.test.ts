import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { milestone, testAction } from './test-actions.ts';
import { actionProblems, completionProblems, milestoneProblems, riskProblems, updateProblems, type ActionFields } from './validation.ts';

const fields: ActionFields = { title: 'Audit CP plans', description: '', owner: 'Head of Service', status: 'in-progress', startDate: '2026-03-01', targetDate: '2026-06-30' };
const named = (problems: readonly { field: string }[]) => problems.map((p) => p.field);

describe('what the plan refuses', () => {
  it('an action with an empty owner or title, a bad date, or a target before its start', () => {
    assert.deepEqual(actionProblems(fields), []);
    assert.deepEqual(named(actionProblems({ ...fields, owner: '  ', title: '' })), ['title', 'owner']);
    assert.deepEqual(named(actionProblems({ ...fields, startDate: '2026-02-30' })), ['startDate']);
    const before = actionProblems({ ...fields, targetDate: '2026-02-28' });
    assert.deepEqual(named(before), ['targetDate']);
    assert.match(before[0]!.message, /target date \(28 February 2026\) is before the start date \(1 March 2026\)/);
    assert.deepEqual(actionProblems({ ...fields, targetDate: '2026-03-01' }), [], 'a one-day action');
  });

  it('new dates that leave a milestone outside the action, and completion with a milestone not done', () => {
    const ms = [milestone(1, '2026-03-10'), milestone(2, '2026-05-01', '2026-04-28')];
    assert.deepEqual(named(actionProblems({ ...fields, startDate: '2026-03-11' }, ms)), ['startDate']);
    assert.deepEqual(named(actionProblems({ ...fields, targetDate: '2026-04-30' }, ms)), ['targetDate']);
    assert.deepEqual(named(actionProblems({ ...fields, status: 'complete' }, ms)), ['status']);
    assert.deepEqual(actionProblems({ ...fields, status: 'complete' }, [ms[1]!]), []);
  });

  it('a milestone due before the action started or after its target date (the dates themselves allowed)', () => {
    const a = testAction();
    const early = milestoneProblems(a, { title: 'Dip sample', due: '2026-02-28' });
    assert.deepEqual(named(early), ['due']);
    assert.match(early[0]!.message, /due date \(28 February 2026\) is before the action started \(1 March 2026\)/);
    assert.deepEqual(milestoneProblems(a, { title: 'Dip sample', due: '2026-03-01' }), []);
    assert.deepEqual(milestoneProblems(a, { title: 'Dip sample', due: '2026-06-30' }), []);
    assert.deepEqual(named(milestoneProblems(a, { title: 'Dip sample', due: '2026-07-01' })), ['due']);
    assert.deepEqual(named(milestoneProblems(a, { title: ' ', due: 'soon' })), ['title', 'due']);
    assert.deepEqual(named(milestoneProblems(testAction({ status: 'complete' }), { title: 'Late', due: '2026-04-01' })), ['status']);
  });

  it('a milestone done twice, in the future, or before the action started', () => {
    const a = testAction();
    assert.deepEqual(completionProblems(a, milestone(1, '2026-03-10'), '2026-03-20', '2026-03-20'), []);
    assert.match(completionProblems(a, milestone(1, '2026-03-10'), '2026-03-21', '2026-03-20')[0]!.message, /in the future/);
    assert.match(completionProblems(a, milestone(1, '2026-03-10'), '2026-02-28', '2026-03-20')[0]!.message, /before the action started/);
    assert.match(completionProblems(a, milestone(1, '2026-03-10', '2026-03-11'), '2026-03-12', '2026-03-20')[0]!.message, /already done on 11 March 2026/);
  });

  it('a likelihood or impact outside 1–5, an empty risk owner, progress outside 0–100', () => {
    const r = { description: 'Agency turnover', likelihood: 3, impact: 4, mitigation: '', owner: 'Service manager', status: 'open' as const };
    assert.deepEqual(riskProblems(r), []);
    const bad = riskProblems({ ...r, likelihood: 6, impact: 0, owner: '' });
    assert.deepEqual(named(bad), ['owner', 'likelihood', 'impact']);
    assert.match(bad[1]!.message, /Likelihood must be a whole number from 1 to 5, not 6/);
    assert.deepEqual(named(riskProblems({ ...r, likelihood: 2.5 })), ['likelihood']);
    assert.deepEqual(updateProblems({ summary: 'Audits started', progress: 100 }), []);
    assert.deepEqual(named(updateProblems({ summary: '', progress: 101 })), ['summary', 'progress']);
  });
});
