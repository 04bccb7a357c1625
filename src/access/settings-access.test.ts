import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Database } from '../store/database.ts';
import { storeWithCouncil, testCouncil, type TestCouncil } from '../store/test-council.ts';
import { engines } from '../store/testing.ts';
import type { Actor } from './accounts.ts';
import { councilFigures } from './council-figures.ts';
import { forActor } from './data-access.ts';
import { AccessDenied, Rejected } from './errors.ts';
import { ROLES, scopeOf } from './permissions.ts';

const LA = '806';
const as = (role: Actor['role']): Actor => ({ username: role, la: LA, role, team: role === 'social-worker' ? 'Team A' : null, expiresAt: null });
const ONS = { population: 24_680, source: 'ONS mid-2024 population estimates', year: 2024 };

let council: TestCouncil;
before(async () => {
  council = await testCouncil({ children: 120, firstYear: 2025, lastYear: 2026, seed: 8, faults: 0 });
});
after(() => council?.remove());

for (const engine of engines) {
  describe(`the council's 0–17 population (${engine.name})`, { skip: engine.skip }, () => {
    let db: Database;
    before(async () => {
      db = await storeWithCouncil(engine, council);
    });
    after(() => db?.close());

    const referrals = async (role: Actor['role']) => {
      const view = await forActor(db, as(role)).indicators();
      return { view, rate: view.indicators.find((i) => i.id === 'referrals-rate')!.headline! };
    };

    it('is set only by the roles allowed to manage council settings, and each change is audited with the value before and after', async () => {
      for (const role of ROLES) {
        const access = forActor(db, as(role));
        if (scopeOf(role, 'manage-council-settings')) continue;
        await assert.rejects(access.settings.setPopulation(ONS), AccessDenied, role);
        await assert.rejects(access.settings.population(), AccessDenied, role);
      }
      assert.deepEqual((await forActor(db, as('administrator')).settings.population()).current, null);
      const first = await forActor(db, as('performance-analyst')).settings.setPopulation({ ...ONS, source: '  ONS mid-2024 population estimates ' });
      assert.equal(first.current?.source, ONS.source, 'trimmed');
      assert.equal(first.current?.updatedBy, 'performance-analyst');
      assert.equal(first.current?.basis, 'per 10,000 of the 24,680 children aged 0–17 (ONS mid-2024 population estimates, entered by the council)');
      const second = await forActor(db, as('administrator')).settings.setPopulation({ population: 25_000, source: 'ONS mid-2025 population estimates', year: 2025 });
      assert.equal(second.current?.population, 25_000);
      assert.equal(second.current?.updatedBy, 'administrator');
      const entries = await db.query<{ actor: string; subject: string; detail: { from: unknown; to: unknown } }>("select actor, subject, detail from audit_log where action = 'change-council-setting' order by id");
      assert.deepEqual(entries, [
        { actor: 'performance-analyst', subject: 'population-0-17', detail: { from: null, to: ONS } },
        { actor: 'administrator', subject: 'population-0-17', detail: { from: ONS, to: { population: 25_000, source: 'ONS mid-2025 population estimates', year: 2025 } } },
      ]);
    });

    it('refuses a population, source or year that cannot be right, naming it, and keeps the one set', async () => {
      const access = forActor(db, as('performance-analyst'));
      const before = (await access.settings.population()).current;
      const refused = async (input: typeof ONS, pattern: RegExp) =>
        assert.rejects(access.settings.setPopulation(input), (e: unknown) => e instanceof Rejected && pattern.test(e.message), JSON.stringify(input));
      await refused({ ...ONS, population: 0 }, /population must be a whole number from 1 to 2,000,000, not 0/);
      await refused({ ...ONS, population: 1234.5 }, /not 1234\.5/);
      await refused({ ...ONS, source: '   ' }, /source must say where the figure comes from/);
      await refused({ ...ONS, year: 1999 }, /year must be from 2000 to \d{4}, not 1999/);
      await refused({ ...ONS, year: new Date().getUTCFullYear() + 1 }, /year must be from 2000/);
      assert.deepEqual((await access.settings.population()).current, before);
    });

    it('gives rates per 10,000 on the population entered, saying which, as soon as it changes', async () => {
      await forActor(db, as('administrator')).settings.setPopulation(ONS);
      const kept = (await councilFigures(db, LA))!.children;
      const { view, rate } = await referrals('elected-member');
      assert.ok(rate.numerator > 0);
      assert.equal(rate.value, (10_000 * rate.numerator) / 24_680);
      assert.deepEqual(view.population, { count: 24_680, source: ONS.source, year: 2024, basis: 'per 10,000 of the 24,680 children aged 0–17 (ONS mid-2024 population estimates, entered by the council)' });

      await forActor(db, as('administrator')).settings.setPopulation({ ...ONS, population: 12_340 });
      const changed = await referrals('manager');
      assert.equal(changed.rate.value, (10_000 * rate.numerator) / 12_340);
      assert.equal(changed.view.population?.count, 12_340);
      assert.equal((await councilFigures(db, LA))!.children, kept, 'only the rates are worked out again: the children are kept');
    });
  });
}
