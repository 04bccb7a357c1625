import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { read } from '@e965/xlsx';
import { forecast } from '../core/forecast/forecast.ts';
import { BASE_SETTINGS, forecastOptionsOf } from '../core/forecast/scenario.ts';
import { numbers } from '../core/forecast/test-council.ts';
import { backtestView, forecastView, SHOWN_EVERY_DAYS } from '../core/forecast/view.ts';
import { storedDemandData } from '../store/forecast-episodes.ts';
import { forActor } from './data-access.ts';
import { AccessDenied, NotFound, Rejected } from './errors.ts';
import { testCouncil, type TestCouncil, type TestUser } from './testing.ts';

const stepDown = {
  moves: [{ from: 'Residential (External)', to: 'Residential (In-house)', share: 0.5, of: 'both' }],
  costs: { weekly: { 'Residential (In-house)': 3000 } },
};

describe('forecast access', () => {
  let council: TestCouncil;
  const access = (user: TestUser) => forActor(council.db, council.actors[user]);
  before(async () => {
    council = await testCouncil();
  });
  after(() => council?.close());

  it('gives every role the base forecast with its backtest, in numbers only: no child is named', async () => {
    const children = (await council.db.query<{ child_id: string }>('select distinct child_id from return_children')).map((r) => r.child_id);
    for (const user of ['elected-member', 'social-worker', 'inspector', 'manager'] as const) {
      const view = await access(user).forecast.forecast(null);
      assert.equal(view.scenario, null);
      assert.equal(view.groups.at(-1), 'Total');
      assert.equal(view.end, '2028-03-31');
      assert.ok(view.history.length > 50 && view.forecast.length > 100);
      assert.equal(view.backtest.error, null);
      assert.ok(view.backtest.total !== null && view.backtest.total >= 0);
      assert.ok(numbers(view).every(Number.isFinite), 'no NaN or infinity');
      const json = JSON.stringify(view);
      assert.ok(children.every((id) => !json.includes(`"${id}"`)), `${user}: no child id`);
    }
  });

  it('lets managers and analysts save scenarios, audited with every version kept, and no one else', async () => {
    for (const user of ['elected-member', 'social-worker', 'inspector'] as const) {
      await assert.rejects(access(user).forecast.createScenario({ name: 'Mine', settings: {} }), AccessDenied);
    }
    const manager = access('manager').forecast;
    const made = await manager.createScenario({ name: 'Step down', description: 'Half of external homes in-house', settings: stepDown });
    assert.equal(made.settings?.moves[0]?.share, 0.5);
    const changed = await manager.updateScenario(made.id, made.version, { name: 'Step down', settings: { ...stepDown, months: 12 } });
    assert.equal(changed.version, 2);
    await assert.rejects(access('performance-analyst').forecast.updateScenario(made.id, 1, { name: 'Step down', settings: stepDown }), /changed by manager .* since you opened it/);
    const detail = await access('elected-member').forecast.scenario(made.id);
    assert.deepEqual(detail.history.map((h) => [h.change, h.savedBy]), [['created', 'manager'], ['changed', 'manager']]);
    const audit = await council.db.query<{ action: string; subject: string }>("select action, subject from audit_log where actor = 'manager' and action like '%forecast-scenario' order by id");
    assert.deepEqual(audit.map((a) => a.action), ['create-forecast-scenario', 'change-forecast-scenario']);
    assert.equal(audit[0]!.subject, `forecast scenario ${made.id}`);
    await manager.updateScenario(made.id, 2, { name: 'Step down', settings: stepDown });
  });

  it('compares the base and each scenario: moving children from external to cheaper in-house homes costs less', async () => {
    const comparison = await access('elected-member').forecast.comparison();
    const [base, stepped] = comparison.columns;
    assert.equal(base!.scenario, null);
    assert.equal(stepped!.scenario?.name, 'Step down');
    assert.ok(stepped!.yearOneDifference! < 0, `year one ${stepped!.yearOneDifference}`);
    assert.ok(stepped!.yearOneFromChanges! < 0, 'the move itself saves money at the same prices');
    assert.equal(comparison.quarters.length, base!.cost.length);
    const view = await access('elected-member').forecast.forecast(stepped!.scenario!.id);
    assert.ok(view.groups.includes('Residential (In-house)'));
    assert.ok(view.notes.some((n) => /No child is in Residential \(In-house\)/.test(n)));
  });

  it('gives a simulated likely range beside the closed form when asked, the same for the same seed, and refuses runs out of range', async () => {
    const member = access('elected-member').forecast;
    const closed = await member.forecast(null);
    assert.equal(closed.simulated, null, 'the closed form alone by default');
    const started = performance.now();
    const simulated = await member.forecast(null, { band: 'simulated', runs: 300, seed: 11 });
    const ms = performance.now() - started;
    assert.ok(ms < 5000, `300 runs in ${Math.round(ms)} ms`);
    assert.deepEqual(simulated.forecast, closed.forecast, 'the closed form is still there to compare');
    const band = simulated.simulated!;
    assert.deepEqual([band.runs, band.seed, band.coverage], [300, 11, 0.95]);
    assert.deepEqual(band.forecast.map((p) => p.date), closed.forecast.map((p) => p.date));
    const total = simulated.groups.indexOf('Total');
    const end = band.forecast.at(-1)!;
    assert.ok(end.lower[total]! < end.median[total]! && end.median[total]! < end.upper[total]!, `a spread at the end: ${end.lower[total]}..${end.upper[total]}`);
    assert.ok(numbers(band).every(Number.isFinite));

    // Seeded: worked out again from the stored data, away from any cache, the range is the same.
    const { data } = await storedDemandData(council.db, council.actors['elected-member'].la);
    const again = forecast(data, { ...forecastOptionsOf(BASE_SETTINGS), simulation: { runs: 300, seed: 11, every: SHOWN_EVERY_DAYS } });
    assert.ok(again.ok);
    assert.deepEqual(forecastView(again.result, BASE_SETTINGS, backtestView({ error: 'not needed' }), null).simulated, band);
    assert.deepEqual((await access('manager').forecast.forecast(null, { band: 'simulated', runs: 300, seed: 11 })).simulated, band);
    assert.notDeepEqual((await member.forecast(null, { band: 'simulated', runs: 300, seed: 12 })).simulated, band);

    const refused = async (asked: Parameters<typeof member.forecast>[1], pattern: RegExp) =>
      assert.rejects(member.forecast(null, asked), (e: unknown) => e instanceof Rejected && pattern.test(e.message));
    await refused({ band: 'simulated', runs: 50 }, /runs: a simulated range takes a whole number of runs from 200 to 2,000, not 50/);
    await refused({ band: 'simulated', runs: 1000, seed: -3 }, /seed: a whole number from 0 to 2,147,483,647, not -3/);
    await refused({ runs: 1000 }, /runs: only a simulated range has runs/);
  });

  it('refuses bad settings with every problem named, and stores nothing', async () => {
    const manager = access('manager').forecast;
    const before = (await manager.scenarios()).length;
    const refused = async (settings: unknown, pattern: RegExp) => {
      await assert.rejects(manager.createScenario({ name: 'Bad', settings }), (e: unknown) => e instanceof Rejected && pattern.test(e.message));
      await assert.rejects(manager.preview(settings), (e: unknown) => e instanceof Rejected && pattern.test(e.message));
    };
    await refused({ months: 60 }, /months: the horizon of 60 months is over 4 years/);
    await refused({ costs: { weekly: { 'Fostering (IFA)': -1 } } }, /weekly cost must be a number of pounds, 0 or more, not -1/);
    await refused({ reference: { from: '2010-04-01', to: '2011-03-31' } }, /the reference window 2010-04-01..2011-03-31 must lie within the data, 2024-04-01 to 2026-03-31/);
    await refused({ rates: [{ from: 'Nowhere', to: '1 to 5 - Fostering', change: { multiply: 2 } }] }, /there is no state "Nowhere"/);
    await assert.rejects(manager.createScenario({ name: ' ', settings: {} }), /a scenario needs a name/);
    await assert.rejects(manager.createScenario({ name: 'step DOWN', settings: {} }), /already a scenario called "step DOWN"/);
    assert.equal((await manager.scenarios()).length, before);
  });

  it('exports the forecast as CSV and xlsx, audited, and deletes a scenario seen at its version', async () => {
    const analyst = access('performance-analyst').forecast;
    const [scenario] = await analyst.scenarios();
    const csv = await analyst.exportForecast(scenario!.id, 'csv');
    assert.match(String(csv.body), /^section,period,group,value,lower,upper\n/);
    const xlsx = await analyst.exportForecast(null, 'xlsx');
    assert.ok(read(xlsx.body as Uint8Array, { type: 'array' }).SheetNames.includes('Comparison'));
    const exports = await council.db.query<{ subject: string }>("select subject from audit_log where action = 'export-forecast' order by id");
    assert.deepEqual(exports.map((e) => e.subject), [`forecast scenario ${scenario!.id}`, 'forecast base']);
    await assert.rejects(analyst.deleteScenario(scenario!.id, scenario!.version - 1), /since you opened it/);
    await analyst.deleteScenario(scenario!.id, scenario!.version);
    await assert.rejects(analyst.forecast(scenario!.id), NotFound);
    assert.deepEqual((await analyst.comparison()).columns.length, 1);
  });
});
