import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AnnexAJobView } from '../../access/annex-a-views.ts';
import { scopeOf } from '../../access/permissions.ts';
import type { TestUser } from '../../access/testing.ts';
import { readAnnexA } from '../../core/formats/annex-a/read-annex-a.ts';
import { apiForSuite, type TestClient } from './test-clients.ts';

const AT = '2026-03-31';

/** Polls a production until it has finished, checking that its progress only goes forward. */
async function finished(client: TestClient, job: AnnexAJobView): Promise<AnnexAJobView> {
  let now = job;
  for (let i = 0; i < 500 && (now.stage === 'reading' || now.stage === 'writing'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
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
});
