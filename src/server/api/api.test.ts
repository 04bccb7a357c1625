import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { accessControl } from '../../access/access-control.ts';
import { councilFigures } from '../../access/council-figures.ts';
import { LOCKOUT } from '../../access/accounts.ts';
import { scopeOf, type Action } from '../../access/permissions.ts';
import { TEST_LA, TEST_PASSWORD, testCouncil, type TestCouncil, type TestUser } from '../../access/testing.ts';
import { buildServer } from '../app.ts';
import { SIGN_IN_LIMITS } from './session-routes.ts';

/**
 * The API through HTTP (fastify.inject): every route for every role, sessions, CSRF, lockout, rate
 * limits and bad uploads. Each block signs in from its own address so the per-address limit is its own.
 */
interface Client {
  cookie: string;
  csrf: string;
}

async function signIn(app: FastifyInstance, username: string, remoteAddress: string, password = TEST_PASSWORD) {
  return app.inject({ method: 'POST', url: '/api/session', payload: { username, password }, remoteAddress });
}

async function client(app: FastifyInstance, username: string, remoteAddress: string): Promise<Client> {
  const response = await signIn(app, username, remoteAddress);
  assert.equal(response.statusCode, 200, `${username} signs in: ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'sightline-session')!;
  return { cookie: `${cookie.name}=${cookie.value}`, csrf: response.json<{ csrfToken: string }>().csrfToken };
}

function multipart(files: { name: string; content: Uint8Array | string }[], fields: Record<string, string> = {}): { payload: Buffer; headers: Record<string, string> } {
  const boundary = '----sightline-test-boundary';
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  for (const f of files) {
    parts.push(Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="files"; filename="${f.name}"\r\ncontent-type: application/octet-stream\r\n\r\n`));
    parts.push(Buffer.from(f.content));
    parts.push(Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const OTHER_COUNCIL_CENSUS =
  '<?xml version="1.0"?><Message><Header><CollectionDetails><Collection>CIN</Collection><Year>2026</Year><ReferenceDate>2026-03-31</ReferenceDate></CollectionDetails>' +
  '<Source><SourceLevel>L</SourceLevel><LEA>999</LEA><SoftwareCode>x</SoftwareCode><Release>1</Release><SerialNo>1</SerialNo><DateTime>2026-04-01T00:00:00</DateTime></Source></Header><Children></Children></Message>';

let council: TestCouncil;
let app: FastifyInstance;

before(async () => {
  council = await testCouncil();
  app = await buildServer({ control: accessControl(council.db), maxUploadBytes: 2_000_000 });
});
after(async () => {
  await app?.close();
  await council?.close();
});

describe('the role × action matrix, through HTTP', () => {
  const roles: TestUser[] = ['administrator', 'performance-analyst', 'manager', 'social-worker', 'social-worker-b', 'inspector', 'elected-member'];
  const clients = new Map<TestUser, Client>();
  /** A drift item of the council, to acknowledge. */
  let itemId = '';
  before(async () => {
    for (const r of roles) clients.set(r, await client(app, r, '10.0.0.1'));
    itemId = (await councilFigures(council.db, TEST_LA))!.drift.items[0]!.id;
  });

  /** Every API route: the action it needs, the request, and the status when allowed. */
  const routes: { label: string; action: Action | 'signed-in'; request: () => InjectOptions; allowed: number | ((user: TestUser) => number) }[] = [
    { label: 'GET /api/session', action: 'signed-in', request: () => ({ method: 'GET', url: '/api/session' }), allowed: 200 },
    { label: 'GET /api/returns', action: 'view-returns', request: () => ({ method: 'GET', url: '/api/returns' }), allowed: 200 },
    // Allowed to upload: the census (of another council) is refused, and nothing is stored.
    { label: 'POST /api/returns', action: 'upload-return', request: () => ({ method: 'POST', url: '/api/returns', ...multipart([{ name: 'census.xml', content: OTHER_COUNCIL_CENSUS }]) }), allowed: 422 },
    { label: 'GET /api/returns/:id/rules', action: 'view-data-quality', request: () => ({ method: 'GET', url: `/api/returns/${council.cinReturn}/rules` }), allowed: 200 },
    { label: 'GET /api/returns/:id/children', action: 'view-data-quality-by-child', request: () => ({ method: 'GET', url: `/api/returns/${council.cinReturn}/children?limit=5` }), allowed: 200 },
    { label: 'GET /api/returns/:id/findings', action: 'view-data-quality-by-child', request: () => ({ method: 'GET', url: `/api/returns/${council.cinReturn}/findings?severity=error` }), allowed: 200 },
    { label: 'GET /api/returns/:id/findings.xlsx', action: 'export-data-quality', request: () => ({ method: 'GET', url: `/api/returns/${council.cinReturn}/findings.xlsx?reason=matrix` }), allowed: 200 },
    { label: 'GET /api/children', action: 'search-children', request: () => ({ method: 'GET', url: '/api/children?prefix=1' }), allowed: 200 },
    { label: 'GET /api/children/:child/chronology', action: 'read-chronology', request: () => ({ method: 'GET', url: `/api/children/${council.teamAChild}/chronology` }), allowed: (u) => (u === 'social-worker-b' ? 404 : 200) },
    { label: 'GET /api/audit', action: 'view-audit-log', request: () => ({ method: 'GET', url: '/api/audit' }), allowed: 200 },
    { label: 'GET /api/users', action: 'manage-users', request: () => ({ method: 'GET', url: '/api/users' }), allowed: 200 },
    { label: 'GET /api/indicators', action: 'view-indicators', request: () => ({ method: 'GET', url: '/api/indicators' }), allowed: 200 },
    { label: 'GET /api/indicators/:id/children', action: 'view-indicator-children', request: () => ({ method: 'GET', url: '/api/indicators/referrals-rate/children?period=headline' }), allowed: 200 },
    { label: 'GET /api/worklist', action: 'view-worklist', request: () => ({ method: 'GET', url: '/api/worklist?limit=50' }), allowed: 200 },
    {
      label: 'POST /api/worklist/:item/acknowledgement', action: 'acknowledge-drift',
      request: () => ({ method: 'POST', url: `/api/worklist/${encodeURIComponent(itemId)}/acknowledgement`, payload: { reason: 'matrix' } }), allowed: 201,
    },
  ];

  for (const route of routes) {
    it(`${route.label} (${route.action})`, async () => {
      for (const user of roles) {
        const c = clients.get(user)!;
        const base = route.request();
        const response = await app.inject({ ...base, headers: { ...(base.headers as Record<string, string>), cookie: c.cookie, 'x-csrf-token': c.csrf } });
        const role = council.actors[user].role;
        const allowed = route.action === 'signed-in' || scopeOf(role, route.action) !== null;
        const expected = allowed ? (typeof route.allowed === 'function' ? route.allowed(user) : route.allowed) : 403;
        assert.equal(response.statusCode, expected, `${user}: ${response.body.slice(0, 300)}`);
        if (response.statusCode >= 400) assert.match(String(response.headers['content-type']), /^application\/problem\+json/, `${user} gets problem+json`);
      }
    });
  }

  it('answers every non-public route with 401 to someone not signed in', async () => {
    for (const route of routes) {
      const response = await app.inject(route.request());
      assert.equal(response.statusCode, 401, `${route.request().url}`);
      assert.equal(response.json<{ title: string }>().title, 'Sign in');
    }
    assert.equal((await app.inject({ method: 'GET', url: '/api/openapi.json' })).statusCode, 200, 'the OpenAPI document is public');
  });

  it("gives a social worker 404 for another team's child, exactly as for a child that does not exist, and records only the attempt", async () => {
    const c = clients.get('social-worker')!;
    const tables = async () => (await council.db.query<{ n: number }>("select (select count(*) from returns) + (select count(*) from return_children) + (select count(*) from allocations) + (select count(*) from users) as n"))[0]!.n;
    const audits = async () => (await council.db.query<{ action: string; subject: string }>("select action, subject from audit_log where actor = 'social-worker' order by id"));
    const stored = await tables();
    const before = (await audits()).length;
    const guesses = [council.teamBChild, '99999999', String(Number(council.teamAChild) + 1)];
    const bodies: string[] = [];
    for (const id of guesses) {
      const response = await app.inject({ method: 'GET', url: `/api/children/${id}/chronology`, headers: { cookie: c.cookie } });
      assert.equal(response.statusCode, 404, id);
      bodies.push(response.body.replace(id, 'ID'));
    }
    assert.equal(new Set(bodies).size, 1, 'the answers do not tell which children exist');
    assert.equal(await tables(), stored);
    const written = (await audits()).slice(before);
    assert.deepEqual(written.map((a) => a.subject), guesses);
    assert.ok(written.every((a) => a.action === 'read-chronology-refused'));
  });

  it('lists what each role may do, so the pages show only that', async () => {
    const member = await app.inject({ method: 'GET', url: '/api/session', headers: { cookie: clients.get('elected-member')!.cookie } });
    const { permissions, user } = member.json<{ permissions: string[]; user: { role: string } }>();
    assert.equal(user.role, 'elected-member');
    assert.deepEqual(permissions, ['view-returns', 'view-data-quality', 'view-indicators', 'view-inspections', 'view-improvement-plan', 'view-case-audit-results', 'view-caseloads', 'view-forecast']);
  });

  it('sends indicator numbers with benchmarks that say when a figure is unknown, and the worklist most severe first', async () => {
    const c = clients.get('manager')!;
    const { indicators, at } = (await app.inject({ method: 'GET', url: '/api/indicators', headers: { cookie: c.cookie } })).json<{ at: string; indicators: { id: string; available: boolean; headline: { value: number | null; children: number } | null; months: unknown[]; benchmark: { england: { known: boolean; value: number | null; why: string | null }; neighbours: { comparison: { known: boolean; why: string | null } }[] } | null }[] }>();
    assert.equal(at, '2026-03-31');
    const referrals = indicators.find((i) => i.id === 'referrals-nfa')!;
    assert.ok(referrals.available && referrals.headline && referrals.months.length === 24);
    assert.equal(referrals.benchmark!.neighbours.length, 10);
    assert.ok(referrals.benchmark!.neighbours.every((n) => !n.comparison.known && n.comparison.why), 'no neighbour figure is invented');
    assert.ok(indicators.some((i) => i.benchmark?.england.known && i.benchmark.england.value !== null), 'England figures where published');
    const list = (await app.inject({ method: 'GET', url: '/api/worklist?limit=2000', headers: { cookie: c.cookie } })).json<{ items: { severity: string; overdueWorkingDays: number }[] }>();
    const rank = { high: 0, medium: 1, low: 2 } as Record<string, number>;
    for (let i = 1; i < list.items.length; i++) {
      const [a, b] = [list.items[i - 1]!, list.items[i]!];
      assert.ok(rank[a.severity]! < rank[b.severity]! || (a.severity === b.severity && a.overdueWorkingDays >= b.overdueWorkingDays), 'sorted by severity, then overdue');
    }
    const zipped = await app.inject({ method: 'GET', url: '/api/indicators', headers: { cookie: c.cookie, 'accept-encoding': 'gzip' } });
    assert.equal(zipped.headers['content-encoding'], 'gzip');
    assert.equal(JSON.parse(gunzipSync(zipped.rawPayload).toString('utf8')).indicators.length, indicators.length);
    const bad = await app.inject({ method: 'POST', url: `/api/worklist/${encodeURIComponent(itemId)}/acknowledgement`, payload: { reason: '   ' }, headers: { cookie: c.cookie, 'x-csrf-token': c.csrf } });
    assert.equal(bad.statusCode, 400, 'a reason is needed');
  });
});

describe('sessions, CSRF and sign-in limits', () => {
  it('sets an httpOnly, SameSite=Strict session cookie, and signs out', async () => {
    const response = await signIn(app, 'manager', '10.0.1.1');
    const cookie = response.cookies.find((c) => c.name === 'sightline-session')!;
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.sameSite, 'Strict');
    assert.equal(cookie.path, '/');
    const c = { cookie: `${cookie.name}=${cookie.value}`, csrf: response.json<{ csrfToken: string }>().csrfToken };
    assert.equal((await app.inject({ method: 'DELETE', url: '/api/session', headers: { cookie: c.cookie } })).statusCode, 403, 'sign-out needs the CSRF token');
    assert.equal((await app.inject({ method: 'DELETE', url: '/api/session', headers: { cookie: c.cookie, 'x-csrf-token': c.csrf } })).statusCode, 204);
    assert.equal((await app.inject({ method: 'GET', url: '/api/returns', headers: { cookie: c.cookie } })).statusCode, 401, 'the session has ended');
  });

  it("refuses a change without the session's own CSRF token", async () => {
    const a = await client(app, 'performance-analyst', '10.0.1.2');
    const b = await client(app, 'administrator', '10.0.1.2');
    const upload = () => multipart([{ name: 'census.xml', content: OTHER_COUNCIL_CENSUS }]);
    const none = await app.inject({ method: 'POST', url: '/api/returns', ...upload(), headers: { ...upload().headers, cookie: a.cookie } });
    assert.equal(none.statusCode, 403);
    const others = await app.inject({ method: 'POST', url: '/api/returns', ...upload(), headers: { ...upload().headers, cookie: a.cookie, 'x-csrf-token': b.csrf } });
    assert.equal(others.statusCode, 403, "another session's token is no good");
    const own = await app.inject({ method: 'POST', url: '/api/returns', ...upload(), headers: { ...upload().headers, cookie: a.cookie, 'x-csrf-token': a.csrf } });
    assert.equal(own.statusCode, 422);
  });

  it(`locks an account after ${LOCKOUT.failures} wrong passwords (423), even for the right one`, async () => {
    for (let i = 0; i < LOCKOUT.failures; i++) assert.equal((await signIn(app, 'manager', '10.0.2.1', `wrong ${i}`)).statusCode, 401);
    const locked = await signIn(app, 'manager', '10.0.2.1');
    assert.equal(locked.statusCode, 423);
    assert.match(locked.json<{ detail: string }>().detail, /locked until/);
    await council.db.query("update users set failed_sign_ins = 0, locked_until = null where username = 'manager'");
  });

  it('refuses an expired inspector', async () => {
    const response = await signIn(app, 'expired-inspector', '10.0.2.2');
    assert.equal(response.statusCode, 403);
    assert.equal(response.json<{ title: string }>().title, 'Account expired');
  });

  it('limits sign-in attempts per username and per address (429)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= SIGN_IN_LIMITS.perUsername; i++) statuses.push((await signIn(app, 'nobody-at-all', `10.0.3.${i}`, 'wrong')).statusCode);
    assert.deepEqual(statuses, [...Array(SIGN_IN_LIMITS.perUsername).fill(401), 429], statuses.join());
    const fromOne: number[] = [];
    for (let i = 0; i <= SIGN_IN_LIMITS.perIp; i++) fromOne.push((await signIn(app, `guess-${i}`, '10.0.4.1', 'wrong')).statusCode);
    assert.equal(fromOne.at(-1), 429);
    assert.equal(fromOne.filter((s) => s === 401).length, SIGN_IN_LIMITS.perIp);
  });

  it('validates input against the schema (400 problem+json)', async () => {
    const bad = await app.inject({ method: 'POST', url: '/api/session', payload: { username: 'x' }, remoteAddress: '10.0.5.1' });
    assert.equal(bad.statusCode, 400);
    assert.match(String(bad.headers['content-type']), /problem\+json/);
    const c = await client(app, 'manager', '10.0.5.1');
    for (const url of ['/api/returns/abc/rules', '/api/children?prefix=', "/api/children/'%20or%201=1/chronology", '/api/audit?limit=100000', '/api/returns/1/rules?severity=fatal']) {
      assert.equal((await app.inject({ method: 'GET', url, headers: { cookie: c.cookie } })).statusCode, 400, url);
    }
  });

  it('sends security headers', async () => {
    const response = await app.inject({ method: 'GET', url: '/' });
    assert.match(String(response.headers['content-security-policy']), /default-src 'self'/);
    assert.equal(response.headers['x-frame-options'], 'SAMEORIGIN');
    assert.equal(response.headers['x-content-type-options'], 'nosniff');
    const api = await app.inject({ method: 'GET', url: '/api/returns' });
    assert.equal(api.headers['cache-control'], 'no-store', "children's data is not cached");
  });
});

describe('uploads', () => {
  let analyst: Client;
  before(async () => {
    analyst = await client(app, 'performance-analyst', '10.0.6.1');
  });
  const returnsStored = async () => (await council.db.query<{ n: number }>('select count(*)::int as n from returns'))[0]!.n;
  const upload = (files: { name: string; content: Uint8Array | string }[], fields: Record<string, string> = {}) => {
    const body = multipart(files, fields);
    return app.inject({ method: 'POST', url: '/api/returns', payload: body.payload, headers: { ...body.headers, cookie: analyst.cookie, 'x-csrf-token': analyst.csrf } });
  };

  it('refuses a file over the limit (413) and stores nothing', async () => {
    const stored = await returnsStored();
    const response = await upload([{ name: 'huge.xml', content: new Uint8Array(2_000_001).fill(32) }]);
    assert.equal(response.statusCode, 413);
    assert.match(String(response.headers['content-type']), /problem\+json/);
    assert.equal(await returnsStored(), stored);
  });

  it('refuses a file of the wrong kind (415)', async () => {
    const response = await upload([{ name: 'report.pdf', content: '%PDF-1.7' }]);
    assert.equal(response.statusCode, 415);
    assert.match(response.json<{ detail: string }>().detail, /report\.pdf/);
  });

  it("refuses a census of another council (422), saying so", async () => {
    const response = await upload([{ name: 'census.xml', content: OTHER_COUNCIL_CENSUS }]);
    assert.equal(response.statusCode, 422);
    assert.match(response.json<{ detail: string }>().detail, /999/);
  });

  it('refuses SSDA903 tables without their header table, and stores nothing', async () => {
    const stored = await returnsStored();
    const folder = join(council.dir, '2026', 'ssda903');
    const response = await upload([{ name: 'episodes.csv', content: await readFile(join(folder, 'episodes.csv')) }], { year: '2025/26' });
    assert.equal(response.statusCode, 422, response.body);
    assert.match(response.json<{ detail: string }>().detail, /header/i);
    assert.equal(await returnsStored(), stored);
  });

  it('says a return already loaded is unchanged, and keeps it', async () => {
    const stored = await returnsStored();
    const census = join(council.dir, '2026', 'cin-census-806-2026.xml');
    const response = await upload([{ name: 'cin-census-806-2026.xml', content: await readFile(census) }]);
    assert.equal(response.statusCode, 200);
    const result = response.json<{ status: string; message: string; returnId: number }>();
    assert.equal(result.status, 'unchanged');
    assert.equal(result.returnId, council.cinReturn);
    assert.match(result.message, /already stored/);
    assert.equal(await returnsStored(), stored);
  });

  it('stores a new version of a year, keeping the one it replaces', async () => {
    const census = (await readFile(join(council.dir, '2026', 'cin-census-806-2026.xml'), 'utf8')).replace('<SerialNo>', '<SerialNo>9');
    const response = await upload([{ name: 'cin-census-806-2026-v2.xml', content: census }]);
    assert.equal(response.statusCode, 201, response.body);
    const result = response.json<{ status: string; supersedes: number; returnId: number }>();
    assert.equal(result.supersedes, council.cinReturn);
    const [old] = await council.db.query<{ superseded_by: number }>('select superseded_by::int as superseded_by from returns where id = $1', [council.cinReturn]);
    assert.equal(old?.superseded_by, result.returnId, 'the earlier return is kept, marked as replaced');
  });
});

describe('the OpenAPI document', () => {
  it('describes every API route with its schemas', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{ openapi: string; paths: Record<string, Record<string, { responses: object }>> }>();
    assert.match(doc.openapi, /^3\./);
    const described = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`)).sort();
    assert.deepEqual(described, [
      'DELETE /api/forecast/scenarios/{id}',
      'DELETE /api/session',
      'GET /api/annex-a',
      'GET /api/annex-a/productions/{id}',
      'GET /api/annex-a/productions/{id}/workbook',
      'GET /api/annex-a/reconciliation',
      'GET /api/audit',
      'GET /api/case-audits/audits',
      'GET /api/case-audits/audits/{id}',
      'GET /api/case-audits/dashboard',
      'GET /api/case-audits/samples',
      'GET /api/case-audits/templates',
      'GET /api/caseloads',
      'GET /api/children',
      'GET /api/children/{childId}/chronology',
      'GET /api/forecast',
      'GET /api/forecast.csv',
      'GET /api/forecast.xlsx',
      'GET /api/forecast/comparison',
      'GET /api/forecast/scenarios',
      'GET /api/forecast/scenarios/{id}',
      'GET /api/improvement-plan',
      'GET /api/improvement-plan/actions/{id}',
      'GET /api/improvement-plan/findings/{findingId}',
      'GET /api/improvement-plan/indicators',
      'GET /api/improvement-plan/report',
      'GET /api/improvement-plan/report.xlsx',
      'GET /api/indicators',
      'GET /api/indicators/{id}/children',
      'GET /api/inspections',
      'GET /api/inspections/findings/{id}',
      'GET /api/inspections/{id}',
      'GET /api/returns',
      'GET /api/returns/{id}/children',
      'GET /api/returns/{id}/findings',
      'GET /api/returns/{id}/findings.xlsx',
      'GET /api/returns/{id}/rules',
      'GET /api/session',
      'GET /api/settings/population',
      'GET /api/users',
      'GET /api/worklist',
      'PATCH /api/improvement-plan/actions/{id}',
      'PATCH /api/improvement-plan/actions/{id}/risks/{riskId}',
      'POST /api/annex-a/productions',
      'POST /api/case-audits/audits/{id}/moderation',
      'POST /api/case-audits/samples',
      'POST /api/case-audits/templates',
      'POST /api/forecast/preview',
      'POST /api/forecast/scenarios',
      'POST /api/improvement-plan/actions',
      'POST /api/improvement-plan/actions/{id}/milestones',
      'POST /api/improvement-plan/actions/{id}/milestones/{milestoneId}/done',
      'POST /api/improvement-plan/actions/{id}/risks',
      'POST /api/improvement-plan/actions/{id}/updates',
      'POST /api/inspections',
      'POST /api/returns',
      'POST /api/session',
      'POST /api/worklist/{itemId}/acknowledgement',
      'PUT /api/case-audits/audits/{id}',
      'PUT /api/caseloads/limit',
      'PUT /api/forecast/scenarios/{id}',
      'PUT /api/inspections/{id}',
      'PUT /api/settings/population',
    ]);
    for (const ops of Object.values(doc.paths)) for (const op of Object.values(ops)) assert.ok(op.responses);
  });
});
