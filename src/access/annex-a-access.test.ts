import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { readAnnexA } from '../core/formats/annex-a/read-annex-a.ts';
import type { Database } from '../store/database.ts';
import { importReturn } from '../store/import-return.ts';
import { storeWithCouncil, testCouncil, type TestCouncil } from '../store/test-council.ts';
import { engines } from '../store/testing.ts';
import type { Actor } from './accounts.ts';
import { annexAJobView, findAnnexAJob, JOB_KEPT_MS, RUNNING_LIMIT, startAnnexAJob, takeAnnexAWorkbook, WORKBOOK_KEPT_MS } from './annex-a-jobs.ts';
import type { AnnexAJobView } from './annex-a-views.ts';
import { forActor } from './data-access.ts';
import { AccessDenied, NotFound, Rejected } from './errors.ts';

const LA = '806';
const AT = '2026-01-31';
const actor = (username: string, role: Actor['role'], team: string | null = null): Actor => ({ username, la: LA, role, team, expiresAt: null });
const manager = actor('manager', 'manager');
const analyst = actor('analyst', 'performance-analyst');
const worker = actor('worker', 'social-worker', 'Team A');
const member = actor('member', 'elected-member');
const administrator = actor('administrator', 'administrator');
const inspector = actor('inspector', 'inspector');

let council: TestCouncil;
before(async () => {
  council = await testCouncil({ children: 150, firstYear: 2025, lastYear: 2026, seed: 4, faults: 0 });
});
after(() => council?.remove());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** A turn of the event loop: how a test whose setTimeout is mocked waits for a production. */
const turn = () => new Promise((resolve) => setImmediate(resolve));

/** Polls a production until it has finished, recording every stage it was seen in. */
async function finished(db: Database, who: Actor, started: AnnexAJobView, seen: string[], pause = () => sleep(5)): Promise<AnnexAJobView> {
  let job = started;
  seen.push(job.stage);
  // performance.now(), unlike Date.now(), is not mocked: a real limit even on a test's clock.
  const until = performance.now() + 30_000;
  while ((job.stage === 'reading' || job.stage === 'writing') && performance.now() < until) {
    await pause();
    job = await forActor(db, who).annexA.production(job.id);
    if (seen.at(-1) !== job.stage) seen.push(job.stage);
  }
  return job;
}

type Intercept = (sql: string, params: readonly unknown[], run: () => Promise<Record<string, unknown>[]>) => Promise<Record<string, unknown>[]>;

/** The store with `intercept` between it and every query outside a transaction: to fail a query, or change what it returns. */
const intercepted = (db: Database, intercept: Intercept): Database => ({
  ...db,
  query: ((sql: string, params: readonly unknown[] = []) => intercept(sql, params, () => db.query(sql, params))) as Database['query'],
});

for (const engine of engines) {
  describe(`producing Annex A through the data-access layer (${engine.name})`, { skip: engine.skip }, () => {
    let db: Database;
    const audit = async (action: string) =>
      db.query<{ actor: string; subject: string | null; reason: string | null; detail: Record<string, unknown> }>('select actor, subject, reason, detail from audit_log where action = $1 order by id', [action]);
    before(async () => {
      db = await storeWithCouncil(engine, council);
    });
    after(() => db?.close());

    it('builds the workbook in the background, reporting progress, hands it over once and audits who, the date and the reason', async () => {
      const access = forActor(db, manager);
      const started = await access.annexA.produce({ at: AT, months: 6, reason: 'ILACS inspection notified' });
      assert.equal(started.at, AT);
      assert.equal(started.fileName, `annex-a-${LA}-${AT}.xlsx`);
      const seen: string[] = [];
      const done = await finished(db, manager, started, seen);
      assert.equal(done.stage, 'ready', done.activity);
      // Seen in order, however fast it ran: reading the children, writing the workbook, ready.
      assert.deepEqual(seen, ['reading', 'writing', 'ready'].filter((s) => seen.includes(s)));
      assert.equal(done.percent, 100);
      assert.equal(done.childrenDone, done.childrenTotal);
      assert.ok(done.childrenTotal >= 150);
      assert.deepEqual(done.lists.map((l) => l.sheet), ['List 1', 'List 2', 'List 3', 'List 4', 'List 5', 'List 6', 'List 7', 'List 8', 'List 9', 'List 10', 'List 11']);
      assert.ok(done.lists.find((l) => l.list === 8)!.rows > 0);

      await assert.rejects(forActor(db, analyst).annexA.production(done.id), NotFound, "another user's production is not theirs to see");
      await assert.rejects(forActor(db, analyst).annexA.download(done.id), NotFound);

      const { fileName, workbook } = await access.annexA.download(done.id);
      assert.equal(fileName, done.fileName);
      const read = readAnnexA(workbook, fileName);
      assert.deepEqual(read.problems.filter((p) => p.severity === 'error'), []);
      assert.equal(read.at, AT);
      assert.equal(read.lists[8]!.length, done.lists.find((l) => l.list === 8)!.rows);
      await assert.rejects(access.annexA.download(done.id), (e: unknown) => e instanceof NotFound && /no longer kept \(downloaded\)/.test(e.message), 'once only');
      assert.equal((await access.annexA.production(done.id)).stage, 'downloaded');

      assert.deepEqual((await audit('produce-annex-a')).map((a) => [a.actor, a.subject, a.reason, a.detail.months]), [['manager', AT, 'ILACS inspection notified', 6]]);
      const downloads = await audit('download-annex-a');
      assert.deepEqual(downloads.map((a) => [a.actor, a.subject, a.detail.production]), [['manager', AT, done.id]]);
      assert.equal((downloads[0]!.detail.rows as Record<string, number>)['List 8'], done.lists.find((l) => l.list === 8)!.rows);
    });

    it('refuses a date to come, a blank reason, a second production while one runs, too many at once, and roles without the permission', async () => {
      const access = forActor(db, analyst);
      await assert.rejects(access.annexA.produce({ at: '2099-01-31', months: 6, reason: 'x' }), (e: unknown) => e instanceof Rejected && /2099-01-31 is after today/.test(e.message));
      await assert.rejects(access.annexA.produce({ at: AT, months: 6, reason: '  ' }), Rejected);
      // Started in one go, so that neither can have finished: one running production a user, RUNNING_LIMIT a server.
      const running = [startAnnexAJob(db, { la: LA, by: 'analyst', at: AT, months: 12 })];
      assert.throws(() => startAnnexAJob(db, { la: LA, by: 'analyst', at: AT, months: 6 }), (e: unknown) => e instanceof Rejected && /already producing/.test(e.message));
      while (running.length < RUNNING_LIMIT) running.push(startAnnexAJob(db, { la: LA, by: `user-${running.length}`, at: AT, months: 6 }));
      assert.throws(() => startAnnexAJob(db, { la: LA, by: 'one-more', at: AT, months: 6 }), (e: unknown) => e instanceof Rejected && /productions are running already/.test(e.message));
      for (const job of running) assert.equal((await finished(db, { ...analyst, username: job.by }, annexAJobView(job), [])).stage, 'ready');
      for (const who of [worker, member]) {
        await assert.rejects(forActor(db, who).annexA.produce({ at: AT, months: 6, reason: 'x' }), AccessDenied);
        await assert.rejects(forActor(db, who).annexA.overview(), AccessDenied);
        await assert.rejects(forActor(db, who).annexA.reconcile(AT, 6), AccessDenied);
      }
    });

    it("lists the council's stored Annex A and reconciles it with the CIN census and SSDA903, audited", async () => {
      const access = forActor(db, manager);
      assert.deepEqual(await access.annexA.overview(), { returnsReach: '2026-03-31', stored: [] });
      await assert.rejects(access.annexA.reconcile(AT, 6), (e: unknown) => e instanceof NotFound && /no Annex A of your council drawn up for 2026-01-31/.test(e.message));

      const { workbook } = await access.annexA.download((await finished(db, manager, await access.annexA.produce({ at: AT, months: 6, reason: 'round trip' }), [])).id);
      const imported = await importReturn(db, { la: LA, files: [{ name: 'council-annex-a.xlsx', content: workbook }], importedBy: 'analyst' });
      assert.equal(imported.status, 'imported', imported.message);
      const { stored } = await access.annexA.overview();
      assert.deepEqual(stored.map((s) => [s.at, s.year, s.fileName, s.importedBy, s.supersededBy]), [[AT, '2025/26', 'council-annex-a.xlsx', 'analyst', null]]);

      // Produced from these very returns, it agrees with them.
      const agreed = await access.annexA.reconcile(AT, 6);
      assert.deepEqual(agreed, { at: AT, months: 6, disagreements: [] });
      assert.deepEqual((await audit('reconcile-annex-a')).map((a) => [a.actor, a.subject, a.detail.disagreements]), [['manager', AT, 0]]);
    });

    it('keeps a finished workbook for its one download for 15 minutes, then drops it', async (t) => {
      // Mocked before the productions finish, so that their 15 minutes pass on the test's clock.
      t.mock.timers.enable({ apis: ['setTimeout', 'Date'], now: Date.now() });
      const access = forActor(db, administrator);
      const produced = async () => finished(db, administrator, await access.annexA.produce({ at: AT, months: 6, reason: 'self-assessment' }), [], turn);

      const kept = await produced();
      assert.equal(kept.stage, 'ready', kept.activity);
      assert.equal(Date.parse(kept.availableUntil!) - Date.parse(kept.finishedAt!), WORKBOOK_KEPT_MS);
      t.mock.timers.tick(WORKBOOK_KEPT_MS - 1);
      assert.equal((await access.annexA.production(kept.id)).stage, 'ready');
      assert.ok((await access.annexA.download(kept.id)).workbook.length > 0, 'downloadable until the last moment');
      t.mock.timers.tick(1);
      assert.equal((await access.annexA.production(kept.id)).stage, 'downloaded', 'a workbook downloaded in time is not said to have expired');

      const dropped = await produced();
      assert.equal(dropped.stage, 'ready', dropped.activity);
      t.mock.timers.tick(WORKBOOK_KEPT_MS);
      const expired = await access.annexA.production(dropped.id);
      assert.deepEqual([expired.stage, expired.percent, expired.activity], ['expired', 100, 'Not downloaded in time: the workbook is no longer kept. Produce it again.']);
      assert.ok(findAnnexAJob(db, LA, administrator.username, dropped.id)!.workbook === null, 'the workbook has left the server\'s memory');
      await assert.rejects(access.annexA.download(dropped.id), (e: unknown) => e instanceof NotFound && /no longer kept \(expired\)/.test(e.message));
      const downloads = await db.query<{ production: string }>("select detail->>'production' as production from audit_log where action = 'download-annex-a' and actor = $1", [administrator.username]);
      assert.deepEqual(downloads.map((d) => d.production), [kept.id], 'only the download that happened is audited');
    });

    it('forgets a finished production an hour after it started, once another is started', async (t) => {
      t.mock.timers.enable({ apis: ['Date'], now: Date.now() });
      const access = forActor(db, inspector);
      const produce = async (reason: string) => finished(db, inspector, await access.annexA.produce({ at: AT, months: 6, reason }), []);
      const old = await produce('practice for the inspection');
      assert.equal(old.stage, 'ready', old.activity);
      t.mock.timers.tick(JOB_KEPT_MS);
      await produce('the inspection');
      assert.equal((await access.annexA.production(old.id)).stage, 'ready', 'remembered for a whole hour');
      t.mock.timers.tick(1);
      await produce('the inspection, again');
      await assert.rejects(access.annexA.production(old.id), (e: unknown) => e instanceof NotFound && /no longer remembered/.test(e.message));
    });

    it('lets a user run one production at a time, however quickly they ask twice, and start again once it has finished', async () => {
      const who = actor('second-manager', 'manager');
      const access = forActor(db, who);
      const asked = await Promise.allSettled([1, 2].map((n) => access.annexA.produce({ at: AT, months: 6, reason: `request ${n}` })));
      const accepted = asked.flatMap((a) => (a.status === 'fulfilled' ? [a.value] : []));
      const refused = asked.flatMap((a) => (a.status === 'rejected' ? [a.reason as unknown] : []));
      assert.equal(accepted.length, 1);
      assert.ok(refused.length === 1 && refused[0] instanceof Rejected && /already producing/.test(refused[0].message), String(refused[0]));
      const audited = await db.query<{ production: string }>("select detail->>'production' as production from audit_log where action = 'produce-annex-a' and actor = $1", [who.username]);
      assert.deepEqual(audited.map((a) => a.production), [accepted[0]!.id], 'the refused request is not audited');
      const first = await finished(db, who, accepted[0]!, []);
      assert.equal(first.stage, 'ready', first.activity);

      // Finished but not yet downloaded, it holds no place: neither the user's own nor one of the server's.
      const others = Array.from({ length: RUNNING_LIMIT - 1 }, (_, i) => startAnnexAJob(db, { la: LA, by: `other-${i}`, at: AT, months: 6 }));
      const second = await access.annexA.produce({ at: AT, months: 12, reason: 'request 3' });
      assert.throws(() => startAnnexAJob(db, { la: LA, by: 'one-more', at: AT, months: 6 }), (e: unknown) => e instanceof Rejected && /productions are running already/.test(e.message));
      assert.equal((await finished(db, who, second, [])).stage, 'ready');
      for (const job of others) assert.equal((await finished(db, { ...who, username: job.by }, annexAJobView(job), [])).stage, 'ready');
      assert.ok((await access.annexA.download(first.id)).workbook.length > 0, 'the first workbook is still there to download');
    });

    it('reports a production that fails part-way as failed, in plain words, with no workbook and nothing stored', async (t) => {
      const logged = t.mock.method(console, 'error', () => undefined);
      const who = actor('failing-analyst', 'performance-analyst');
      // Once: the first CIN record of a child some way into the council breaks as it is built, with an error quoting the child.
      const broken = { childId: '', after: -1 };
      const failing = intercepted(db, async (sql, params, run) => {
        const rows = await run();
        if (broken.childId !== '' || !sql.includes('rc.child_id = any(')) return rows;
        const ids = [...new Set(rows.map((r) => r.child_id as string))];
        const at = rows.findIndex((r) => r.dataset === 'cin' && ids.indexOf(r.child_id as string) >= 40);
        const row = rows[at]!;
        broken.childId = row.child_id as string;
        broken.after = ids.indexOf(broken.childId);
        const CINdetails = {
          [Symbol.iterator]() {
            throw new Error(`child ${broken.childId}: CIN details could not be read`);
          },
        };
        rows[at] = { ...row, record: { ...(row.record as object), CINdetails } };
        return rows;
      });
      const [returns] = await db.query<{ n: number }>('select count(*)::int as n from returns');
      const access = forActor(failing, who);
      const failed = await finished(failing, who, await access.annexA.produce({ at: AT, months: 6, reason: 'inspection rehearsal' }), []);

      assert.equal(failed.stage, 'failed');
      assert.ok(broken.after > 0 && broken.after < failed.childrenTotal);
      assert.equal(failed.childrenDone, broken.after, 'it stopped at the broken child');
      assert.equal(failed.percent, Math.floor((90 * broken.after) / failed.childrenTotal));
      assert.equal(failed.activity, 'The Annex A could not be produced. Try again; if it fails again, tell your administrator.');
      assert.deepEqual([failed.lists, failed.unfilled, failed.availableUntil], [[], 0, null]);
      assert.ok(failed.finishedAt);
      assert.ok(!JSON.stringify(failed).includes(broken.childId), 'what the user is told names no child');
      assert.ok(findAnnexAJob(failing, LA, who.username, failed.id)!.workbook === null, 'no half workbook is kept');
      await assert.rejects(access.annexA.download(failed.id), (e: unknown) => e instanceof NotFound && /no longer kept \(failed\)/.test(e.message));

      // The server's log says which production failed, and how and where, but not the error's words about the child.
      assert.equal(logged.mock.callCount(), 1);
      const line = String(logged.mock.calls[0]!.arguments[0]);
      assert.match(line, new RegExp(`^Annex A production ${failed.id} for council ${LA} failed: Error\\n\\s+at `));
      assert.ok(!line.includes(broken.childId), line);

      // Nothing stored: the audit log has the start (with its reason), and no download.
      const entries = await db.query<{ action: string; reason: string }>("select action, reason from audit_log where detail->>'production' = $1", [failed.id]);
      assert.deepEqual(entries, [{ action: 'produce-annex-a', reason: 'inspection rehearsal' }]);
      assert.deepEqual(await db.query('select count(*)::int as n from returns'), [returns]);

      // A failed production holds no place: asked again, the user gets their Annex A.
      const again = await finished(failing, who, await access.annexA.produce({ at: AT, months: 6, reason: 'inspection rehearsal, again' }), []);
      assert.equal(again.stage, 'ready', again.activity);
    });

    it('keeps nothing of a production whose start could not be audited, even one already writing its workbook', async (t) => {
      // The writing waits for a turn of the event loop: with setImmediate mocked, the production stays there until the test moves on.
      t.mock.timers.enable({ apis: ['setImmediate'] });
      const who = actor('unaudited-manager', 'manager');
      let production = '';
      const failing: Database = intercepted(db, async (sql, params, run) => {
        if (!sql.startsWith('insert into audit_log')) return run();
        production = (JSON.parse(params[4] as string) as { production: string }).production;
        const job = findAnnexAJob(failing, LA, who.username, production)!;
        while (job.stage === 'reading') await sleep(5);
        assert.equal(job.stage, 'writing');
        throw new Error('the audit log could not be written');
      });
      await assert.rejects(forActor(failing, who).annexA.produce({ at: AT, months: 6, reason: 'unaudited' }), /the audit log could not be written/);
      const job = findAnnexAJob(failing, LA, who.username, production)!;
      assert.equal(job.stage, 'failed');

      t.mock.timers.tick(0); // the production goes on from where it was waiting
      await sleep(20);
      // Compared as booleans: a failure message quoting a whole workbook's bytes would take minutes to write.
      assert.equal(job.stage, 'failed');
      assert.ok(job.workbook === null && takeAnnexAWorkbook(job) === null, 'no workbook without its audit entry');
      await assert.rejects(forActor(failing, who).annexA.download(production), NotFound);
      assert.deepEqual(await db.query("select action from audit_log where detail->>'production' = $1", [production]), []);
    });
  });
}
