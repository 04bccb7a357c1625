import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scopeOf } from '../../access/permissions.ts';
import type { PopulationSettingView } from '../../access/settings-views.ts';
import type { TestUser } from '../../access/testing.ts';
import type { IndicatorsView } from '../../access/views.ts';
import { apiForSuite } from './test-clients.ts';

describe("the council settings API: the 0–17 population", () => {
  const users: TestUser[] = ['administrator', 'performance-analyst', 'manager', 'social-worker', 'inspector', 'elected-member'];
  const api = apiForSuite(users, '10.8.0.1');
  const as = (u: TestUser) => api().as(u);
  const put = (u: TestUser, payload: Record<string, unknown>) => as(u).send({ method: 'PUT', url: '/api/settings/population', payload });

  it('lets only the roles allowed to manage council settings read and change it (403 for the rest), audited', async () => {
    for (const u of users) {
      const allowed = scopeOf(api().council.actors[u].role, 'manage-council-settings') !== null;
      assert.equal((await as(u).send({ method: 'GET', url: '/api/settings/population' })).statusCode, allowed ? 200 : 403, u);
      const r = await put(u, { population: 20_000 + users.indexOf(u), source: 'ONS mid-2024', year: 2024 });
      assert.equal(r.statusCode, allowed ? 200 : 403, `${u}: ${r.body}`);
      if (allowed) assert.equal(r.json<PopulationSettingView>().current?.updatedBy, u);
    }
    const audited = await api().council.db.query<{ actor: string }>("select actor from audit_log where action = 'change-council-setting' order by id");
    assert.deepEqual(audited.map((a) => a.actor), users.filter((u) => scopeOf(api().council.actors[u].role, 'manage-council-settings')));
  });

  it('refuses what cannot be a population, naming the field', async () => {
    const refused = async (payload: Record<string, unknown>, status: number, pattern: RegExp) => {
      const r = await put('administrator', payload);
      assert.equal(r.statusCode, status, r.body);
      assert.match(r.json<{ detail: string }>().detail, pattern);
    };
    await refused({ population: 0, source: 'ONS', year: 2024 }, 400, /population/);
    await refused({ population: 'many', source: 'ONS', year: 2024 }, 400, /population/);
    await refused({ population: 1000, source: ' ', year: 2024 }, 400, /source/);
    await refused({ population: 1000, source: 'ONS', year: 1999 }, 400, /year/);
    await refused({ population: 1000, source: 'ONS', year: 2099 }, 422, /year must be from 2000 to \d{4}, not 2099/);
  });

  it('changes the rates per 10,000 on /api/indicators at once, which say which population they use', async () => {
    assert.equal((await put('performance-analyst', { population: 15_000, source: 'ONS mid-2024', year: 2024 })).statusCode, 200);
    const view = (await as('elected-member').send({ method: 'GET', url: '/api/indicators' })).json<IndicatorsView>();
    assert.equal(view.population?.basis, 'per 10,000 of the 15,000 children aged 0–17 (ONS mid-2024, entered by the council)');
    const rate = view.indicators.find((i) => i.id === 'referrals-rate')!.headline!;
    assert.equal(rate.value, (10_000 * rate.numerator) / 15_000);
  });
});
