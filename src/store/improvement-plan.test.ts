import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Database } from './database.ts';
import { addAction, addMilestone, addRisk, changeAction, changeRisk, completeMilestone, loadActions, loadFinding, loadHistory, postUpdate, type ActionInput } from './improvement-plan.ts';
import { migrate } from './migrate.ts';
import { engines } from './testing.ts';

const TODAY = '2026-03-20';
const input: ActionInput = {
  title: 'Strengthen management oversight', description: 'Recommendation 1', owner: 'Head of Safeguarding', source: { kind: 'other' },
  status: 'not-started', startDate: '2026-03-01', targetDate: '2026-06-30', indicatorIds: ['re-referrals'],
};

/** An inspection of council `la` with one recommendation, written into the inspections' tables; the finding's id. */
async function recommendation(db: Database, la: string, text: string): Promise<number> {
  const [inspection] = await db.query<{ id: number }>(
    `insert into inspections (la, kind, start_date, end_date, recorded_by, updated_by) values ($1, 'standard-inspection', '2026-01-12', '2026-01-23', 'test', 'test') returning id::int as id`,
    [la],
  );
  const [finding] = await db.query<{ id: number }>(
    `insert into inspection_findings (inspection_id, la, kind, seq, text) values ($1, $2, 'recommendation', 1, $3) returning id::int as id`,
    [inspection!.id, la, text],
  );
  return finding!.id;
}

for (const engine of engines) {
  describe(`the improvement plan store (${engine.name})`, { skip: engine.skip }, () => {
    let db: Database;
    before(async () => {
      db = await engine.open();
      await migrate(db);
    });
    after(() => db?.close());

    it('keeps an action from an inspection finding, with its link, and reads the finding of its own council only', async () => {
      const findingId = await recommendation(db, '806', 'Improve the quality of supervision');
      const id = await addAction(db, '806', { ...input, source: { kind: 'finding', findingId } }, 'manager', TODAY);
      const [action] = await loadActions(db, '806', { ids: [id] });
      assert.deepEqual(action!.source, { kind: 'finding', findingId });
      assert.deepEqual({ ...action, createdAt: '' }, {
        id, title: input.title, description: input.description, owner: input.owner, source: { kind: 'finding', findingId }, status: 'not-started', startDate: '2026-03-01', targetDate: '2026-06-30',
        completedOn: null, indicatorIds: ['re-referrals'], createdBy: 'manager', createdAt: '', milestones: [], updates: [], risks: [],
      });
      assert.equal((await loadFinding(db, '806', findingId))?.text, 'Improve the quality of supervision');
      assert.equal(await loadFinding(db, '805', findingId), null, "another council's finding is not found");
      await assert.rejects(addAction(db, '806', { ...input, source: { kind: 'finding', findingId: findingId + 1000 } }, 'manager', TODAY), 'no such finding');
      assert.deepEqual(await loadActions(db, '805'), [], "another council's plan is its own");
    });

    it('keeps every change with what it was before and after, who made it and when', async () => {
      const id = await addAction(db, '806', { ...input, source: { kind: 'theme', theme: 'Drift in child protection plans' } }, 'manager', TODAY);
      let [action] = await loadActions(db, '806', { ids: [id] });
      assert.deepEqual(action!.source, { kind: 'theme', theme: 'Drift in child protection plans' });
      assert.equal(await changeAction(db, '806', action!, { owner: 'Head of Safeguarding', title: input.title }, 'analyst', TODAY), false, 'nothing differed');
      assert.equal(await changeAction(db, '806', action!, { owner: 'Service Manager, CP', status: 'in-progress' }, 'analyst', TODAY), true);
      [action] = await loadActions(db, '806', { ids: [id] });
      const m = await addMilestone(db, '806', id, { title: 'Dip sample 20 plans', due: '2026-03-15' }, 'manager', TODAY);
      await completeMilestone(db, '806', id, m, '2026-03-18', 'manager');
      const u = await postUpdate(db, '806', id, { summary: 'Dip sample done', progress: 30 }, 'manager');
      const r = await addRisk(db, '806', id, { description: 'Agency staff turnover', likelihood: 4, impact: 4, mitigation: 'Recruit permanent managers', owner: 'Head of Service', status: 'open' }, 'manager');
      assert.equal(await changeRisk(db, '806', id, r, { likelihood: 2 }, 'analyst'), true);
      assert.equal(await changeAction(db, '806', action!, { status: 'complete' }, 'manager', TODAY), true);

      [action] = await loadActions(db, '806', { ids: [id] });
      assert.equal(action!.status, 'complete');
      assert.equal(action!.completedOn, TODAY);
      assert.deepEqual(action!.milestones, [{ id: m.id, title: 'Dip sample 20 plans', due: '2026-03-15', doneOn: '2026-03-18', addedOn: TODAY }]);
      assert.deepEqual(action!.updates.map((x) => [x.id, x.by, x.summary, x.progress]), [[u.id, 'manager', 'Dip sample done', 30]]);
      assert.match(action!.updates[0]!.at, /^\d{4}-\d{2}-\d{2}T/);
      assert.deepEqual(action!.risks.map((x) => [x.likelihood, x.impact, x.status]), [[2, 4, 'open']]);

      const history = await loadHistory(db, '806', { actionId: id });
      assert.deepEqual(history.map((h) => [h.entity, h.change, h.by]), [
        ['action', 'created', 'manager'], ['action', 'changed', 'analyst'], ['milestone', 'created', 'manager'], ['milestone', 'completed', 'manager'],
        ['update', 'posted', 'manager'], ['risk', 'created', 'manager'], ['risk', 'changed', 'analyst'], ['action', 'changed', 'manager'],
      ]);
      assert.deepEqual([history[1]!.before, history[1]!.after], [{ owner: 'Head of Safeguarding', status: 'not-started' }, { owner: 'Service Manager, CP', status: 'in-progress' }]);
      assert.deepEqual([history[6]!.before, history[6]!.after], [{ likelihood: 4 }, { likelihood: 2 }]);
      assert.ok(history.every((h) => h.actionId === id && !Number.isNaN(Date.parse(h.at))));

      await changeAction(db, '806', action!, { status: 'in-progress' }, 'manager', TODAY);
      assert.equal((await loadActions(db, '806', { ids: [id] }))[0]!.completedOn, null, 'reopened');
      assert.ok((await loadHistory(db, '806', { since: '2000-01-01T00:00:00Z' })).length > history.length, 'the council’s history since a moment');
    });

    it('refuses to change or delete the history and the weekly updates', async () => {
      const id = await addAction(db, '806', input, 'manager', TODAY);
      await postUpdate(db, '806', id, { summary: 'Started', progress: 5 }, 'manager');
      await assert.rejects(db.query("update improvement_history set changed_by = 'someone else' where action_id = $1", [id]), /cannot be changed/);
      await assert.rejects(db.query('delete from improvement_history where action_id = $1', [id]), /cannot be changed/);
      await assert.rejects(db.query('update improvement_updates set progress = 90 where action_id = $1', [id]), /cannot be changed/);
      await assert.rejects(db.query('delete from improvement_updates where action_id = $1', [id]), /cannot be changed/);
    });

    it('keeps nothing of a change whose transaction fails: neither the change nor its history', async () => {
      const id = await addAction(db, '806', input, 'manager', TODAY);
      const [action] = await loadActions(db, '806', { ids: [id] });
      const kept = (await loadHistory(db, '806', { actionId: id })).length;
      await assert.rejects(db.transaction(async (tx) => {
        await changeAction(tx, '806', action!, { owner: 'Someone new' }, 'manager', TODAY);
        await addRisk(tx, '806', id, { description: 'Too likely', likelihood: 6, impact: 1, mitigation: '', owner: 'x', status: 'open' }, 'manager');
      }));
      assert.equal((await loadActions(db, '806', { ids: [id] }))[0]!.owner, input.owner);
      assert.equal((await loadHistory(db, '806', { actionId: id })).length, kept);
    });

    it('refuses what the plan cannot hold: an empty owner, a target before the start, complete without a date', async () => {
      await assert.rejects(addAction(db, '806', { ...input, owner: '  ' }, 'manager', TODAY));
      await assert.rejects(addAction(db, '806', { ...input, targetDate: '2026-02-01' }, 'manager', TODAY));
      await assert.rejects(db.query("insert into improvement_actions (la, title, owner, status, start_date, target_date, created_by) values ('806', 't', 'o', 'complete', '2026-01-01', '2026-02-01', 'm')"));
    });
  });
}
