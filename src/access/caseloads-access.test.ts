import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_TEAMS } from '../cli/demo-council.ts';
import { DEFAULT_CASELOAD_LIMIT } from '../core/caseloads/caseloads.ts';
import { caseWorkerOn, openCaseOn } from '../core/caseloads/open-case.ts';
import { councilFigures } from './council-figures.ts';
import { forActor } from './data-access.ts';
import { AccessDenied, Rejected } from './errors.ts';
import { TEST_LA, testCouncil, type TestCouncil } from './testing.ts';

describe('caseloads through the data-access layer', () => {
  let council: TestCouncil;
  before(async () => {
    council = await testCouncil();
  });
  after(() => council?.close());

  const lastAudit = async () => (await council.db.query<{ actor: string; action: string; subject: string | null; detail: Record<string, unknown> | null }>('select actor, action, subject, detail from audit_log order by id desc limit 1'))[0];

  it("gives a manager the council's caseloads by the 903's and the allocated workers, the unallocated children (audited) and a year's trend", async () => {
    const view = await forActor(council.db, council.actors.manager).caseloads.caseloads({});
    assert.equal(view.caseloads.on, view.at);
    assert.equal(view.team, null);
    assert.deepEqual(view.limit, { value: DEFAULT_CASELOAD_LIMIT, isDefault: true, updatedBy: null, updatedAt: null });
    assert.ok(view.caseloads.workers.some((w) => /^SW\d+$/.test(w.worker)), "the 903's workers");
    const allocated = view.caseloads.workers.filter((w) => /^[A-D]-SW\d\d$/.test(w.worker));
    assert.ok(allocated.length > 0 && allocated.every((w) => w.team === `Team ${w.worker[0]}`), "the allocated workers, each in their team");
    assert.deepEqual(view.caseloads.teams.map((t) => t.team), DEMO_TEAMS);
    assert.equal(view.caseloads.teams.reduce((n, t) => n + t.openCases, 0), view.caseloads.summary.openCases, 'every open case is in a team');
    assert.equal(view.caseloads.unallocated?.length, view.caseloads.summary.unallocated);
    assert.equal(view.trend.length, 12);
    assert.equal(view.trend.at(-1)!.on, view.at);
    assert.deepEqual(await lastAudit(), { actor: 'manager', action: 'view-unallocated-children', subject: null, detail: { on: view.at, children: view.caseloads.summary.unallocated } });
  });

  it('counts as unallocated exactly the open cases whose allocation has no worker and the 903 none either', async () => {
    const view = await forActor(council.db, council.actors.manager).caseloads.caseloads({});
    const waiting = new Set((await council.db.query<{ child_id: string }>('select child_id from allocations where worker is null')).map((r) => r.child_id));
    const f = (await councilFigures(council.db, TEST_LA))!;
    const expected = f.children.filter((c) => waiting.has(c.childId) && openCaseOn(c, view.at) && caseWorkerOn(c, view.at, null) === null).map((c) => c.childId).sort();
    assert.deepEqual(view.caseloads.unallocated!.map((u) => u.childId), expected);
    assert.ok(expected.length > 0, 'the test council has a case waiting for a worker');
    assert.ok(view.caseloads.summary.unallocated * 10 < view.caseloads.summary.openCases, `most open cases have a worker (${view.caseloads.summary.unallocated} of ${view.caseloads.summary.openCases} have none)`);
  });

  it("gives an elected member the counts and no child's id", async () => {
    const view = await forActor(council.db, council.actors['elected-member']).caseloads.caseloads({});
    assert.equal(view.caseloads.unallocated, null);
    assert.ok(view.caseloads.summary.openCases > 0);
  });

  it("narrows a social worker to their own team's workers, cases and children", async () => {
    const view = await forActor(council.db, council.actors['social-worker']).caseloads.caseloads({});
    assert.equal(view.team, 'Team A');
    assert.deepEqual(view.caseloads.teams.map((t) => t.team), ['Team A']);
    assert.ok(view.caseloads.workers.every((w) => w.team === 'Team A'));
    const teamA = new Set((await council.db.query<{ child_id: string }>("select child_id from allocations where team = 'Team A'")).map((r) => r.child_id));
    assert.ok(view.caseloads.unallocated!.every((u) => teamA.has(u.childId)));
  });

  it('gives caseloads on an earlier date, and refuses one after the data', async () => {
    const access = forActor(council.db, council.actors.manager).caseloads;
    const earlier = await access.caseloads({ on: '2025-09-30' });
    assert.equal(earlier.caseloads.on, '2025-09-30');
    assert.equal(earlier.trend.at(-1)!.on, '2025-09-30');
    const after = await access.caseloads({ on: '2099-01-01' }).catch((e: unknown) => e);
    assert.ok(after instanceof Rejected && /^on: /.test(after.message), String(after));
  });

  it('lets an administrator change the limit (audited), which then marks workers over it; not a manager', async () => {
    await assert.rejects(forActor(council.db, council.actors.manager).caseloads.setLimit(10), AccessDenied);
    const admin = forActor(council.db, council.actors.administrator).caseloads;
    const bad = await admin.setLimit(0).catch((e: unknown) => e);
    assert.ok(bad instanceof Rejected && /^limit: /.test(bad.message));
    const set = await admin.setLimit(1);
    assert.equal(set.value, 1);
    assert.equal(set.updatedBy, 'administrator');
    assert.deepEqual(await lastAudit(), { actor: 'administrator', action: 'change-council-setting', subject: 'caseload-limit', detail: { from: DEFAULT_CASELOAD_LIMIT, to: 1, wasDefault: true } });
    const view = await forActor(council.db, council.actors['elected-member']).caseloads.caseloads({});
    assert.equal(view.limit.value, 1);
    assert.equal(view.caseloads.summary.overLimit, view.caseloads.workers.filter((w) => w.children > 1).length);
  });
});
