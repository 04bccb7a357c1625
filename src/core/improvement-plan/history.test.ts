import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeChange } from './history.ts';
import type { HistoryEntry } from './plan.ts';
import { milestone, risk, testAction } from './test-actions.ts';

const entry = (e: Partial<HistoryEntry>): HistoryEntry => ({ actionId: 1, entity: 'action', entityId: 1, change: 'changed', before: null, after: {}, by: 'manager', at: '2026-03-20T10:00:00Z', ...e });

describe('a kept change, in words', () => {
  it('says what an action became, field by field, before and after', () => {
    assert.equal(
      describeChange(entry({ before: { status: 'in-progress', targetDate: '2026-05-01', owner: 'A' }, after: { status: 'complete', targetDate: '2026-06-01', owner: 'B' } })),
      'Action changed: Status: In progress → Complete; Target date: 1 May 2026 → 1 June 2026; Owner: A → B',
    );
    assert.equal(
      describeChange(entry({ change: 'created', after: { title: 'Audit CP plans', owner: 'Head of Service', targetDate: '2026-06-30' } })),
      'Action added: “Audit CP plans”, owner Head of Service, target 30 June 2026',
    );
    assert.equal(describeChange(entry({ before: { indicatorIds: [] }, after: { indicatorIds: ['re-referrals', 'cp-plans-second-time'] } })), 'Action changed: Linked indicators: none → re-referrals, cp-plans-second-time');
  });

  it('names milestones and risks, from the action when the change does not carry the name', () => {
    const action = testAction({ milestones: [milestone(7, '2026-04-01')], risks: [risk(3, 4, 4)] });
    assert.equal(describeChange(entry({ entity: 'milestone', entityId: 7, change: 'created', after: { title: 'Dip sample', due: '2026-04-01' } })), 'Milestone “Dip sample” added, due 1 April 2026');
    assert.equal(describeChange(entry({ entity: 'milestone', entityId: 7, change: 'completed', before: { doneOn: null }, after: { doneOn: '2026-03-19' } }), action), 'Milestone “Milestone 7” done on 19 March 2026');
    assert.equal(describeChange(entry({ entity: 'risk', entityId: 3, change: 'created', after: { description: 'Agency turnover', likelihood: 4, impact: 4 } })), 'Risk “Agency turnover” added: likelihood 4 × impact 4 = 16');
    assert.equal(describeChange(entry({ entity: 'risk', entityId: 3, before: { likelihood: 4 }, after: { likelihood: 2 } }), action), 'Risk “Risk 3” changed: Likelihood: 4 → 2');
    assert.equal(describeChange(entry({ entity: 'update', entityId: 9, change: 'posted', after: { summary: 'Audits started', progress: 40 } })), 'Weekly update posted (40% complete): Audits started');
  });
});
