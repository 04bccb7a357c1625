import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { read } from '@e965/xlsx';
import type { InjectOptions } from 'fastify';
import { forActor } from '../../access/data-access.ts';
import { scopeOf } from '../../access/permissions.ts';
import type { TestUser } from '../../access/testing.ts';
import type { ComparisonView } from '../../core/forecast/comparison.ts';
import { numbers } from '../../core/forecast/test-council.ts';
import type { ForecastView } from '../../core/forecast/view.ts';
import { apiForSuite } from './test-clients.ts';

/** The forecast API through HTTP: who may do what, scenarios saved, changed and deleted, downloads, and bad input. */
const roles: TestUser[] = ['administrator', 'performance-analyst', 'manager', 'social-worker', 'inspector', 'elected-member'];
const api = apiForSuite(roles, '10.0.8.1');
const as = (user: TestUser, request: InjectOptions) => api().as(user).send(request);

const stepDown = {
  moves: [{ from: 'Residential (External)', to: 'Residential (In-house)', share: 0.5, of: 'both' }],
  costs: { weekly: { 'Residential (In-house)': 3000 } },
};

describe('the forecast API', () => {
  it('shows every role the base forecast, with its backtest and placeholders marked, and no NaN', async () => {
    for (const user of roles) {
      const response = await as(user, { method: 'GET', url: '/api/forecast' });
      assert.equal(response.statusCode, 200, `${user}: ${response.body.slice(0, 200)}`);
      const view = response.json<ForecastView>();
      assert.equal(view.groups.at(-1), 'Total');
      assert.ok(view.forecast.length > 100 && view.history.length > 50);
      assert.equal(typeof view.backtest.total, 'number');
      assert.ok(view.costs.items.some((i) => i.placeholder) && view.costs.items.some((i) => !i.placeholder));
      assert.ok(numbers(view).every(Number.isFinite));
      assert.doesNotMatch(response.body, /NaN/);
    }
    // The response schema passes every field of the view through.
    const direct = await forActor(api().council.db, api().council.actors['elected-member']).forecast.forecast(null);
    assert.deepEqual((await as('elected-member', { method: 'GET', url: '/api/forecast' })).json(), JSON.parse(JSON.stringify(direct)));
  });

  it('gives a simulated likely range beside the closed form when asked: seeded, the same twice, and runs out of range refused', async () => {
    const get = (url: string) => as('inspector', { method: 'GET', url });
    const closed = (await get('/api/forecast')).json<ForecastView>();
    assert.equal(closed.simulated, null);
    const first = await get('/api/forecast?band=simulated&runs=250&seed=42');
    assert.equal(first.statusCode, 200, first.body.slice(0, 300));
    const view = first.json<ForecastView>();
    assert.deepEqual(view.forecast, closed.forecast);
    assert.deepEqual([view.simulated!.runs, view.simulated!.seed, view.simulated!.coverage], [250, 42, 0.95]);
    assert.equal(view.simulated!.forecast.length, view.forecast.length);
    assert.ok(numbers(view.simulated).every(Number.isFinite));
    assert.equal((await get('/api/forecast?band=simulated&runs=250&seed=42')).body, first.body, 'the same seed gives the same range');
    assert.notEqual((await get('/api/forecast?band=simulated&runs=250&seed=43')).body, first.body);
    const usual = (await get('/api/forecast?band=simulated')).json<ForecastView>();
    assert.deepEqual([usual.simulated!.runs, usual.simulated!.seed], [1000, 1], 'the usual runs and seed');

    const cases: [string, number, RegExp][] = [
      ['band=simulated&runs=5000', 422, /runs: a simulated range takes a whole number of runs from 200 to 2,000, not 5000/],
      ['band=simulated&runs=10', 422, /not 10\b/],
      ['band=simulated&seed=-1', 422, /seed: a whole number from 0 to 2,147,483,647, not -1/],
      ['runs=500', 422, /runs: only a simulated range has runs/],
      ['band=simulated&runs=many', 400, /runs must be integer/],
      ['band=simulated&runs=500.5', 400, /runs must be integer/],
      ['band=guesswork', 400, /band must be equal to one of the allowed values/],
    ];
    for (const [search, status, message] of cases) {
      const response = await get(`/api/forecast?${search}`);
      assert.equal(response.statusCode, status, `${search}: ${response.body}`);
      assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
      assert.match(response.json<{ detail: string }>().detail, message, search);
    }
    const openapi = (await api().app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{ paths: Record<string, { get: { parameters: { name: string }[] } }> }>();
    assert.deepEqual(openapi.paths['/api/forecast']!.get.parameters.map((p) => p.name).sort(), ['band', 'runs', 'scenario', 'seed']);
  });

  it('lets only managers, analysts and administrators save scenarios', async () => {
    for (const user of roles) {
      const response = await as(user, { method: 'POST', url: '/api/forecast/scenarios', payload: { name: `By ${user}`, settings: {} } });
      const allowed = scopeOf(api().council.actors[user].role, 'manage-forecast-scenarios') !== null;
      assert.equal(response.statusCode, allowed ? 201 : 403, `${user}: ${response.body.slice(0, 200)}`);
      if (!allowed) assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
    }
    assert.equal((await api().app.inject({ method: 'GET', url: '/api/forecast' })).statusCode, 401);
  });

  it('saves, changes, compares and deletes a scenario that steps children down from external homes', async () => {
    const made = await as('manager', { method: 'POST', url: '/api/forecast/scenarios', payload: { name: 'Step down', description: 'Half of external homes in-house', settings: stepDown } });
    assert.equal(made.statusCode, 201, made.body);
    const scenario = made.json<{ id: number; version: number; settings: { months: number } }>();
    assert.equal(scenario.settings.months, 24, 'defaults filled in');
    const changed = await as('manager', { method: 'PUT', url: `/api/forecast/scenarios/${scenario.id}`, payload: { version: 1, name: 'Step down', settings: { ...stepDown, months: 36 } } });
    assert.equal(changed.statusCode, 200, changed.body);
    const stale = await as('performance-analyst', { method: 'PUT', url: `/api/forecast/scenarios/${scenario.id}`, payload: { version: 1, name: 'Step down', settings: stepDown } });
    assert.equal(stale.statusCode, 422);
    assert.match(stale.json<{ detail: string }>().detail, /changed by manager/);
    const detail = await as('elected-member', { method: 'GET', url: `/api/forecast/scenarios/${scenario.id}` });
    assert.deepEqual(detail.json<{ history: { change: string }[] }>().history.map((h) => h.change), ['created', 'changed']);

    const shown = (await as('elected-member', { method: 'GET', url: `/api/forecast?scenario=${scenario.id}` })).json<ForecastView>();
    assert.deepEqual(shown.scenario, { id: scenario.id, name: 'Step down' });
    assert.equal(shown.settings.months, 36);
    const comparison = (await as('elected-member', { method: 'GET', url: '/api/forecast/comparison' })).json<ComparisonView>();
    const column = comparison.columns.find((c) => c.scenario?.id === scenario.id)!;
    assert.ok(column.yearOneDifference! < 0, `step down saves money: ${column.yearOneDifference}`);
    assert.equal(comparison.columns[0]!.scenario, null);

    assert.equal((await as('manager', { method: 'DELETE', url: `/api/forecast/scenarios/${scenario.id}?version=1` })).statusCode, 422);
    assert.equal((await as('manager', { method: 'DELETE', url: `/api/forecast/scenarios/${scenario.id}?version=2` })).statusCode, 204);
    assert.equal((await as('manager', { method: 'GET', url: `/api/forecast/scenarios/${scenario.id}` })).statusCode, 404);
    assert.equal((await as('manager', { method: 'GET', url: `/api/forecast?scenario=${scenario.id}` })).statusCode, 404);
  });

  it('downloads the forecast as CSV and xlsx, audited', async () => {
    const csv = await as('elected-member', { method: 'GET', url: '/api/forecast.csv' });
    assert.equal(csv.statusCode, 200);
    assert.match(String(csv.headers['content-type']), /^text\/csv/);
    assert.match(String(csv.headers['content-disposition']), /attachment; filename="forecast-806-base-2026-03-31.csv"/);
    assert.match(csv.body, /^section,period,group,value,lower,upper\n/);
    const xlsx = await as('manager', { method: 'GET', url: '/api/forecast.xlsx' });
    assert.equal(xlsx.statusCode, 200);
    assert.deepEqual(read(xlsx.rawPayload, { type: 'buffer' }).SheetNames, ['About', 'Children', 'Cost by quarter', 'Weekly costs', 'Comparison']);
    const audited = await api().council.db.query<{ actor: string }>("select actor from audit_log where action = 'export-forecast' order by id");
    assert.deepEqual(audited.map((a) => a.actor), ['elected-member', 'manager']);
  });

  it('downloads the simulated range too when asked, saying in the audit which runs', async () => {
    const csv = await as('performance-analyst', { method: 'GET', url: '/api/forecast.csv?band=simulated&runs=200&seed=5' });
    assert.equal(csv.statusCode, 200);
    assert.match(csv.body, /\nchildren-simulated,\d{4}-\d{2}-\d{2},Total,/);
    const xlsx = await as('performance-analyst', { method: 'GET', url: '/api/forecast.xlsx?band=simulated&runs=200&seed=5' });
    assert.ok(read(xlsx.rawPayload, { type: 'buffer' }).SheetNames.includes('Simulated range'));
    const [entry] = await api().council.db.query<{ detail: { simulated?: { runs: number; seed: number } } }>(
      "select detail from audit_log where action = 'export-forecast' and actor = 'performance-analyst' order by id desc limit 1");
    assert.deepEqual(entry!.detail.simulated, { runs: 200, seed: 5 });
    assert.equal((await as('performance-analyst', { method: 'GET', url: '/api/forecast.csv?band=simulated&runs=5' })).statusCode, 422, 'runs out of range refused');
  });

  it('refuses bad input with a clear message naming the field: 400 for the wrong shape, 422 for what the forecast cannot take', async () => {
    const preview = (settings: unknown) => as('manager', { method: 'POST', url: '/api/forecast/preview', payload: { settings } });
    const cases: [unknown, number, RegExp][] = [
      [{ months: 60 }, 422, /months: the horizon of 60 months is over 4 years/],
      [{ costs: { weekly: { 'Residential (External)': -100 } } }, 422, /costs.weekly\["Residential \(External\)"\]: a weekly cost must be a number of pounds, 0 or more, not -100/],
      [{ reference: { from: '2010-04-01', to: '2011-03-31' } }, 422, /the reference window 2010-04-01..2011-03-31 must lie within the data/],
      [{ moves: [{ from: 'Residential (External)', to: 'Caviar', share: 0.5, of: 'start' }] }, 422, /a move needs two categories/],
      [{ months: 'soon' }, 400, /months must be integer/],
      [{ reference: { from: 'last April', to: '2025-03-31' } }, 400, /reference\/from must match format "date"/],
    ];
    for (const [settings, status, message] of cases) {
      const response = await preview(settings);
      assert.equal(response.statusCode, status, `${JSON.stringify(settings)}: ${response.body}`);
      assert.match(response.json<{ detail: string }>().detail, message);
    }
    const fine = await preview({ months: 12, costs: { inflation: 0.1 } });
    assert.equal(fine.statusCode, 200);
    assert.ok(numbers(fine.json()).every(Number.isFinite));
    assert.equal((await as('manager', { method: 'POST', url: '/api/forecast/scenarios', payload: { name: 'Too long', settings: { months: 49 } } })).statusCode, 422);
    assert.equal((await as('manager', { method: 'GET', url: '/api/forecast?scenario=0' })).statusCode, 400);
  });

  it('describes every forecast route in the OpenAPI document', async () => {
    const paths = Object.keys((await api().app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{ paths: Record<string, unknown> }>().paths);
    for (const p of ['/api/forecast', '/api/forecast/preview', '/api/forecast/comparison', '/api/forecast.csv', '/api/forecast.xlsx', '/api/forecast/scenarios', '/api/forecast/scenarios/{id}']) assert.ok(paths.includes(p), p);
  });
});
