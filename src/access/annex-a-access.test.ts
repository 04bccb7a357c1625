import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { readAnnexA } from '../core/formats/annex-a/read-annex-a.ts';
import type { Database } from '../store/database.ts';
import { importReturn } from '../store/import-return.ts';
import { storeWithCouncil, testCouncil, type TestCouncil } from '../store/test-council.ts';
import { engines } from '../store/testing.ts';
import type { Actor } from './accounts.ts';
import { annexAJobView, RUNNING_LIMIT, startAnnexAJob } from './annex-a-jobs.ts';
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

let council: TestCouncil;
before(async () => {
  council = await testCouncil({ children: 150, firstYear: 2025, lastYear: 2026, seed: 4, faults: 0 });
});
after(() => council?.remove());

/** Polls a production until it has finished, recording every stage it was seen in. */
async function finished(db: Database, who: Actor, started: AnnexAJobView, seen: string[]): Promise<AnnexAJobView> {
  let job = started;
  seen.push(job.stage);
  for (let i = 0; i < 500 && (job.stage === 'reading' || job.stage === 'writing'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 5));
    job = await forActor(db, who).annexA.production(job.id);
    if (seen.at(-1) !== job.stage) seen.push(job.stage);
  }
  return job;
}

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
  });
}
