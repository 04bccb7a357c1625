import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createUser } from '../access/accounts.ts';
import { forActor, type DataAccess } from '../access/data-access.ts';
import type { Role } from '../access/permissions.ts';
import { GRADES } from '../core/inspections/grade.ts';
import { INDICATORS } from '../core/indicators/registry.ts';
import type { Database } from '../store/database.ts';
import { storeWithCouncil, testCouncil, type TestCouncil } from '../store/test-council.ts';
import { engines } from '../store/testing.ts';
import { seedDemoRecovery } from './demo-recovery.ts';

const LA = '806';
const people = { manager: 'manager', moderator: 'performance-analyst' };
const accounts: readonly Role[] = ['manager', 'performance-analyst', 'elected-member'];

let council: TestCouncil;
before(async () => {
  council = await testCouncil({ children: 120, la: LA });
});
after(() => council?.remove());

for (const engine of engines) describe(`the demo council's recovery work (${engine.name})`, { skip: engine.skip }, () => {
  let db: Database;
  let manager: DataAccess;
  before(async () => {
    db = await storeWithCouncil(engine, council);
    const actors = await Promise.all(accounts.map((role) => createUser(db, { username: role, la: LA, role, password: 'not-a-secret-test-password' })));
    manager = forActor(db, actors[0]!);
  });
  after(() => db?.close());

  const amounts = async () => ({
    recorded: (await manager.inspections.overview()).recorded.length,
    actions: (await manager.improvementPlan.board({})).total,
    samples: (await manager.caseAudits.samples()).length,
  });

  it('adds nothing when its people cannot do the work', async () => {
    assert.deepEqual(await seedDemoRecovery(db, LA, { ...people, moderator: 'elected-member' }), { seeded: false, reason: 'elected-member may not conduct case audit' });
    assert.deepEqual(await seedDemoRecovery(db, LA, { ...people, manager: 'elected-member' }), { seeded: false, reason: 'elected-member may not record inspection' });
    assert.deepEqual(await seedDemoRecovery(db, LA, { ...people, manager: 'nobody' }), { seeded: false, reason: `there is no account nobody in council ${LA}` });
    assert.deepEqual(await amounts(), { recorded: 0, actions: 0, samples: 0 });
  });

  it('adds two visits, a plan of six actions and two audit samples', async () => {
    assert.deepEqual(await seedDemoRecovery(db, LA, people), { seeded: true, visits: 2, findings: 9, actions: 6, audits: 16, submitted: 14, moderated: 6 });
    assert.deepEqual(await amounts(), { recorded: 2, actions: 6, samples: 2 });
  });

  it('records an ungraded monitoring visit and focused visit, plainly synthetic, with findings in the past', async () => {
    const { recorded, timeline } = await manager.inspections.overview();
    assert.deepEqual(recorded.map((r) => [r.kind, r.overall, r.findings]), [['monitoring-visit', null, 5], ['focused-visit', null, 4]]);
    const today = new Date().toISOString().slice(0, 10);
    for (const r of recorded) {
      const visit = await manager.inspections.inspection(r.id);
      assert.match(visit.focus ?? '', /^Synthetic demo: /);
      assert.match(visit.findings[0]!.text, /^Synthetic demo record/);
      assert.ok(visit.findings.some((f) => f.kind === 'area-for-priority-action'));
      assert.deepEqual(visit.judgements, []);
      assert.ok(visit.published! < today);
      assert.ok(timeline.some((e) => e.recordId === r.id));
    }
  });

  it('plans six actions from the findings and an audit theme, rated red, amber, green and complete', async () => {
    const board = await manager.improvementPlan.board({});
    assert.deepEqual(board.actions.map((a) => a.rag), ['red', 'amber', 'green', 'green', 'green', 'complete']);
    assert.match(board.actions[0]!.reasons.join(' '), /^Milestone “Every team manager trained in reflective supervision” was due on /);
    assert.deepEqual(board.actions.map((a) => a.source.kind).sort(), ['finding', 'finding', 'finding', 'finding', 'finding', 'theme']);
    assert.ok(board.owners.includes('Head of Service, Children in Need'));
    const known = new Set(INDICATORS.map((i) => i.id));
    for (const row of board.actions) {
      const action = await manager.improvementPlan.action(row.id);
      assert.ok(action.indicatorIds.length > 0 && action.indicatorIds.every((i) => known.has(i)), action.title);
      assert.equal(action.updates.length, 3);
      assert.match(action.updates[0]!.summary, /^Week ending \d+ \w+ \d{4}: /);
      assert.ok(action.milestones.some((m) => m.doneOn !== null), action.title);
      for (const r of action.risks) assert.equal(r.score, r.likelihood * r.impact);
      assert.equal(action.history.at(-1)?.change, 'created');
      assert.ok(action.history.every((h) => h.by === 'manager'));
    }
  });

  it('audits two samples, mostly requiring improvement, better in the later one, several moderated by someone else', async () => {
    const dashboard = await manager.caseAudits.dashboard('month');
    assert.equal(dashboard.overall.audits, 14);
    const [outstanding, good, requiresImprovement, inadequate] = GRADES;
    assert.deepEqual(dashboard.overall.grades, { [outstanding]: 0, [good]: 3, [requiresImprovement]: 9, [inadequate]: 2 });
    assert.deepEqual(dashboard.status, { planned: 1, 'in-progress': 1, submitted: 8, moderated: 6 });
    assert.equal(dashboard.themes[0]?.theme, 'Plans not specific');
    assert.deepEqual([dashboard.moderation.moderated, dashboard.moderation.agreed], [6, 5]);
    const [later, earlier] = await manager.caseAudits.samples();
    const goodIn = async (sampleId: number) => (await manager.caseAudits.audits({ sampleId })).filter((a) => a.overall === good).length;
    assert.ok((await goodIn(later!.id)) > (await goodIn(earlier!.id)));
    for (const a of await manager.caseAudits.audits({ status: 'moderated' })) {
      const audit = await manager.caseAudits.audit(a.id);
      assert.deepEqual([audit.auditor, audit.moderation?.by], ['manager', 'performance-analyst']);
      assert.match(audit.summary, /^Synthetic demo audit\. /);
    }
  });

  it('writes an audit entry for every change, as the person who made it', async () => {
    const rows = await db.query<{ actor: string; action: string; n: number }>(
      "select actor, action, count(*)::int as n from audit_log where action in ('record-inspection', 'draw-case-audit-sample', 'submit-case-audit', 'moderate-case-audit') group by actor, action order by action",
    );
    assert.deepEqual(rows, [
      { actor: 'manager', action: 'draw-case-audit-sample', n: 2 },
      { actor: 'performance-analyst', action: 'moderate-case-audit', n: 6 },
      { actor: 'manager', action: 'record-inspection', n: 2 },
      { actor: 'manager', action: 'submit-case-audit', n: 14 },
    ]);
  });

  it('adds it once only', async () => {
    assert.deepEqual(await seedDemoRecovery(db, LA, people), { seeded: false, reason: `council ${LA} already has recovery work of its own` });
    assert.deepEqual(await amounts(), { recorded: 2, actions: 6, samples: 2 });
  });
});
