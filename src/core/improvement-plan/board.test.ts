import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { board, boardRow } from './board.ts';
import { milestone, risk, testAction, update } from './test-actions.ts';

const TODAY = '2026-03-20';
const fresh = [update(1, '2026-03-19')];

describe('the improvement board', () => {
  it('puts red first (longest overdue first), then amber, green and complete', () => {
    const actions = [
      testAction({ id: 1, updates: fresh, milestones: [milestone(1, '2026-04-20')] }),
      testAction({ id: 2, status: 'complete', completedOn: '2026-03-18', milestones: [milestone(2, '2026-03-10', '2026-03-10')] }),
      testAction({ id: 3, updates: fresh, milestones: [milestone(3, '2026-03-18')] }),
      testAction({ id: 4, updates: fresh, milestones: [milestone(4, '2026-03-24')] }),
      testAction({ id: 5, updates: fresh, milestones: [milestone(5, '2026-03-10')] }),
      testAction({ id: 6, updates: fresh, startDate: '2026-01-01', targetDate: '2026-03-15' }),
      testAction({ id: 7, updates: fresh, milestones: [milestone(7, '2026-04-02')] }),
    ];
    const rows = board(actions, TODAY);
    assert.deepEqual(rows.map((r) => [r.action.id, r.rag.rag]), [[5, 'red'], [6, 'red'], [3, 'red'], [4, 'amber'], [7, 'green'], [1, 'green'], [2, 'complete']]);
    assert.equal(rows[1]!.behindSince, '2026-03-15', 'a passed target date counts as behind');
  });

  it('shows each action with its next milestone, last update and top open risk', () => {
    const row = boardRow(testAction({ updates: [update(1, '2026-03-12', 20), update(2, '2026-03-19', 35)], milestones: [milestone(1, '2026-03-18'), milestone(2, '2026-04-01')], risks: [risk(1, 2, 2), risk(2, 5, 5, 'closed'), risk(3, 3, 4)] }), TODAY);
    assert.deepEqual(row.overdue.map((m) => m.id), [1]);
    assert.equal(row.nextMilestone?.id, 1);
    assert.equal(row.lastUpdate?.progress, 35);
    assert.deepEqual(row.topRisk, { score: 12, rag: 'amber' });
    assert.equal(boardRow(testAction(), TODAY).topRisk, null);
  });
});
