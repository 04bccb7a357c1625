import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { WORKBOOK_KEPT_MS } from '../../access/annex-a-jobs.ts';
import { corruptCinRecord } from '../../access/annex-a-testing.ts';
import type { AnnexAJobView } from '../../access/annex-a-views.ts';
import { scopeOf } from '../../access/permissions.ts';
import type { TestUser } from '../../access/testing.ts';
import { readAnnexA } from '../../core/formats/annex-a/read-annex-a.ts';
import { apiForSuite, type TestClient } from './test-clients.ts';

const AT = '2026-03-31';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** A turn of the event loop: how a test whose setTimeout is mocked waits for a production. */
const turn = () => new Promise((resolve) => setImmediate(resolve));

/** Polls a production until it has finished, checking that its progress only goes forward. */
async function finished(client: TestClient, job: AnnexAJobView, pause = () => sleep(10)): Promise<AnnexAJobView> {
  let now = job;
  // performance.now(), unlike Date.now(), is not mocked: a real limit even on a test's clock.
  const until = performance.now() + 30_000;
  while ((now.stage === 'reading' || now.stage === 'writing') && performance.now() < until) {
    await pause();
    const polled = await client.send({ method: 'GET', url: `/api/annex-a/productions/${job.id}` });
    assert.equal(polled.statusCode, 200, polled.body);
    const next = polled.json<AnnexAJobView>();
    assert.ok(next.percent >= now.percent && next.percent <= 100, `${now.percent}% then ${next.percent}%`);
    now = next;
  }
  return now;
}

describe('the Annex A API', () => {
  const users: TestUser[] = ['administrator', 'performance-analyst', 'manager', 'social-worker', 'inspector', 'elected-member'];
  const api = apiForSuite(users, '10.7.0.1');
  const as = (u: TestUser) => api().as(u);

  it('starts a production (202, with where to follow it), reports progress, and gives the workbook once', async () => {
    const started = await as('manager').send({ method: 'POST', url: '/api/annex-a/productions', payload: { at: AT, months: 6, reason: 'Ofsted notification' } });
    assert.equal(started.statusCode, 202, started.body);
    const job = started.json<AnnexAJobView>();
    assert.equal(started.headers.location, `/api/annex-a/productions/${job.id}`);
    const now = await finished(as('manager'), job);
    assert.equal(now.stage, 'ready', now.activity);
    assert.equal(now.percent, 100);

    const download = await as('manager').send({ method: 'GET', url: `/api/annex-a/productions/${job.id}/workbook` });
    assert.equal(download.statusCode, 200);
    assert.equal(download.headers['content-type'], 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    assert.equal(download.headers['content-disposition'], `attachment; filename="annex-a-806-${AT}.xlsx"`);
    assert.equal(download.headers['cache-control'], 'no-store');
    const read = readAnnexA(new Uint8Array(download.rawPayload), 'annex-a.xlsx');
    assert.equal(read.at, AT);
    assert.ok(read.lists[8]!.length > 0);
    const again = await as('manager').send({ method: 'GET', url: `/api/annex-a/productions/${job.id}/workbook` });
    assert.equal(again.statusCode, 404);
    assert.match(again.json<{ detail: string }>().detail, /no longer kept \(downloaded\)/);
    const [entry] = await api().council.db.query<{ actor: string; subject: string; reason: string }>("select actor, subject, reason from audit_log where action = 'produce-annex-a'");
    assert.deepEqual(entry, { actor: 'manager', subject: AT, reason: 'Ofsted notification' });
  });

  it('lets only the roles allowed to produce Annex A reach it: the others get 403', async () => {
    for (const u of users) {
      const allowed = scopeOf(api().council.actors[u].role, 'produce-annex-a') !== null;
      const overview = await as(u).send({ method: 'GET', url: '/api/annex-a' });
      assert.equal(overview.statusCode, allowed ? 200 : 403, `${u}: ${overview.body}`);
      const reconcile = await as(u).send({ method: 'GET', url: `/api/annex-a/reconciliation?at=${AT}` });
      assert.equal(reconcile.statusCode, allowed ? 404 : 403, `${u}: no Annex A is stored for the date`);
      if (allowed) continue;
      const refused = await as(u).send({ method: 'POST', url: '/api/annex-a/productions', payload: { at: AT, reason: 'x' } });
      assert.equal(refused.statusCode, 403, u);
      assert.match(String(refused.headers['content-type']), /^application\/problem\+json/);
    }
  });

  it('refuses bad input with the field named, and another user\'s production as not found', async () => {
    const bad = async (payload: Record<string, unknown>, status: number, pattern: RegExp) => {
      const r = await as('performance-analyst').send({ method: 'POST', url: '/api/annex-a/productions', payload });
      assert.equal(r.statusCode, status, r.body);
      assert.match(r.json<{ detail: string }>().detail, pattern);
    };
    await bad({ at: '31/03/2026', reason: 'x' }, 400, /at/);
    await bad({ at: AT, months: 9, reason: 'x' }, 400, /months/);
    await bad({ at: AT }, 400, /reason/);
    await bad({ at: '2099-03-31', reason: 'x' }, 422, /after today/);
    const started = (await as('performance-analyst').send({ method: 'POST', url: '/api/annex-a/productions', payload: { at: AT, reason: 'self-assessment' } })).json<AnnexAJobView>();
    assert.equal((await as('manager').send({ method: 'GET', url: `/api/annex-a/productions/${started.id}` })).statusCode, 404);
    assert.equal((await as('manager').send({ method: 'GET', url: '/api/annex-a/productions/not-a-production' })).statusCode, 400);
    assert.equal((await finished(as('performance-analyst'), started)).stage, 'ready');
  });

  it('answers 404 for a workbook not downloaded within 15 minutes, and says the production expired', async (t) => {
    // Mocked before the production finishes, so that its 15 minutes pass on the test's clock.
    t.mock.timers.enable({ apis: ['setTimeout', 'Date'], now: Date.now() });
    const started = await as('administrator').send({ method: 'POST', url: '/api/annex-a/productions', payload: { at: AT, reason: 'self-assessment' } });
    assert.equal(started.statusCode, 202, started.body);
    const ready = await finished(as('administrator'), started.json<AnnexAJobView>(), turn);
    assert.equal(ready.stage, 'ready', ready.activity);
    t.mock.timers.tick(WORKBOOK_KEPT_MS);
    const expired = await as('administrator').send({ method: 'GET', url: `/api/annex-a/productions/${ready.id}` });
    assert.equal(expired.json<AnnexAJobView>().stage, 'expired');
    const download = await as('administrator').send({ method: 'GET', url: `/api/annex-a/productions/${ready.id}/workbook` });
    assert.equal(download.statusCode, 404);
    assert.match(String(download.headers['content-type']), /^application\/problem\+json/);
    assert.match(download.json<{ detail: string }>().detail, /no longer kept \(expired\): produce it again/);
  });

  it('reports a production stopped by a corrupt record as failed, naming no child, with no workbook to download', async (t) => {
    const logged = t.mock.method(console, 'error', () => undefined);
    const { childId, restore } = await corruptCinRecord(api().council.db);
    try {
      const started = await as('inspector').send({ method: 'POST', url: '/api/annex-a/productions', payload: { at: AT, reason: 'inspection rehearsal' } });
      assert.equal(started.statusCode, 202, started.body);
      const polled = await as('inspector').send({ method: 'GET', url: `/api/annex-a/productions/${(await finished(as('inspector'), started.json<AnnexAJobView>())).id}` });
      const failed = polled.json<AnnexAJobView>();
      assert.equal(failed.stage, 'failed');
      assert.ok(failed.childrenDone > 0 && failed.childrenDone < failed.childrenTotal, `failed part-way: ${failed.childrenDone} of ${failed.childrenTotal}`);
      assert.equal(failed.activity, 'The Annex A could not be produced. Try again; if it fails again, tell your administrator.');
      assert.deepEqual(failed.lists, []);
      assert.ok(!polled.body.includes(childId), 'the report names no child');
      const download = await as('inspector').send({ method: 'GET', url: `/api/annex-a/productions/${failed.id}/workbook` });
      assert.equal(download.statusCode, 404);
      assert.match(download.json<{ detail: string }>().detail, /no longer kept \(failed\)/);
      assert.ok(!download.body.includes(childId));
      assert.equal(logged.mock.callCount(), 1);
      assert.match(String(logged.mock.calls[0]!.arguments[0]), new RegExp(`^Annex A production ${failed.id} for council 806 failed: TypeError\\n`));
    } finally {
      await restore();
    }
    // Once the record is put right, the same user produces it: a failed production holds no place.
    const again = await as('inspector').send({ method: 'POST', url: '/api/annex-a/productions', payload: { at: AT, reason: 'inspection rehearsal, again' } });
    assert.equal(again.statusCode, 202, again.body);
    assert.equal((await finished(as('inspector'), again.json<AnnexAJobView>())).stage, 'ready');
  });
});
