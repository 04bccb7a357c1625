import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { accessControl } from '../../access/access-control.ts';
import type { CaseloadsView } from '../../access/caseloads-access.ts';
import { testCouncil, type TestCouncil } from '../../access/testing.ts';
import { DEFAULT_CASELOAD_LIMIT } from '../../core/caseloads/caseloads.ts';
import { buildServer } from '../app.ts';
import { signedIn, type TestClient } from './test-clients.ts';

/** The caseloads API through HTTP: who sees which children, the limit as a council setting, bad input named. */
let council: TestCouncil;
let app: FastifyInstance;
const clients: Record<string, TestClient> = {};

before(async () => {
  council = await testCouncil();
  app = await buildServer({ control: accessControl(council.db), maxUploadBytes: 1_000_000 });
  for (const user of ['administrator', 'manager', 'social-worker', 'elected-member']) clients[user] = await signedIn(app, user, '10.7.0.1');
});
after(async () => {
  await app?.close();
  await council?.close();
});

const caseloads = async (user: string, query = '') => {
  const response = await clients[user]!.send({ method: 'GET', url: `/api/caseloads${query}` });
  assert.equal(response.statusCode, 200, response.body);
  return response.json<CaseloadsView>();
};

describe('GET /api/caseloads', () => {
  it("gives a manager every team, workers by the 903's SW_ID or the allocation's id, and the unallocated children's ids", async () => {
    const view = await caseloads('manager');
    assert.equal(view.team, null);
    assert.equal(view.caseloads.teams.length, 4);
    assert.ok(view.caseloads.workers.every((w) => /^(SW\d+|[A-D]-SW\d\d)$/.test(w.worker)));
    assert.ok(view.caseloads.workers.some((w) => w.worker.includes('-')), 'allocated workers hold cases');
    assert.equal(view.caseloads.unallocated?.length, view.caseloads.summary.unallocated);
    const waiting = new Set((await council.db.query<{ child_id: string }>('select child_id from allocations where worker is null')).map((r) => r.child_id));
    assert.ok(view.caseloads.unallocated!.every((u) => waiting.has(u.childId)), 'only a case with no allocated worker is unallocated');
    assert.ok(view.caseloads.summary.unallocated * 10 < view.caseloads.summary.openCases, 'most open cases have a worker');
    assert.equal(view.trend.length, 12);
  });

  it("gives an elected member the figures without any child's id", async () => {
    const response = await clients['elected-member']!.send({ method: 'GET', url: '/api/caseloads' });
    const view = response.json<CaseloadsView>();
    assert.equal(view.caseloads.unallocated, null);
    assert.ok(view.caseloads.summary.unallocated > 0, 'the count is still given');
    assert.doesNotMatch(response.body, /childId/);
  });

  it("narrows a social worker to their team", async () => {
    const view = await caseloads('social-worker');
    assert.equal(view.team, 'Team A');
    assert.deepEqual(view.caseloads.teams.map((t) => t.team), ['Team A']);
  });

  it('takes an earlier date, and refuses a malformed one or one after the data, naming the field', async () => {
    assert.equal((await caseloads('manager', '?on=2025-12-31')).caseloads.on, '2025-12-31');
    const malformed = await clients.manager!.send({ method: 'GET', url: '/api/caseloads?on=31-12-2025' });
    assert.equal(malformed.statusCode, 400);
    assert.match(malformed.json<{ detail: string }>().detail, /on/);
    const later = await clients.manager!.send({ method: 'GET', url: '/api/caseloads?on=2099-01-01' });
    assert.equal(later.statusCode, 422);
    assert.match(later.json<{ detail: string }>().detail, /^on: /);
  });
});

describe('PUT /api/caseloads/limit', () => {
  it('lets an administrator change the limit, and no one without the council-settings permission', async () => {
    assert.equal((await caseloads('manager')).limit.value, DEFAULT_CASELOAD_LIMIT);
    for (const user of ['manager', 'social-worker', 'elected-member']) {
      assert.equal((await clients[user]!.send({ method: 'PUT', url: '/api/caseloads/limit', payload: { limit: 12 } })).statusCode, 403, user);
    }
    const set = await clients.administrator!.send({ method: 'PUT', url: '/api/caseloads/limit', payload: { limit: 12 } });
    assert.equal(set.statusCode, 200, set.body);
    assert.deepEqual({ ...set.json<object>(), updatedAt: null }, { value: 12, isDefault: false, updatedBy: 'administrator', updatedAt: null });
    const view = await caseloads('manager');
    assert.equal(view.limit.value, 12);
    assert.equal(view.caseloads.limit, 12);
  });

  it('refuses a limit out of range or not a whole number, naming the field', async () => {
    for (const limit of [0, 61, 12.5, 'twelve']) {
      const response = await clients.administrator!.send({ method: 'PUT', url: '/api/caseloads/limit', payload: { limit } });
      assert.equal(response.statusCode, 400, `${limit}: ${response.body}`);
      assert.match(response.json<{ detail: string }>().detail, /limit/);
    }
  });
});
