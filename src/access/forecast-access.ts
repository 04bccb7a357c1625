import { backtest } from '../core/forecast/backtest.ts';
import { compareForecasts, type ComparedForecast, type ComparisonView } from '../core/forecast/comparison.ts';
import type { DemandData } from '../core/forecast/demand-data.ts';
import { forecastCsv, forecastWorkbook } from '../core/forecast/export.ts';
import { forecast } from '../core/forecast/forecast.ts';
import { BASE_SETTINGS, checkScenarioSettings, forecastOptionsOf, type ScenarioSettings } from '../core/forecast/scenario.ts';
import { checkBandChoice, type BandAsked, type BandChoice } from '../core/forecast/simulated-band.ts';
import { backtestView, forecastView, SHOWN_EVERY_DAYS, type BacktestView, type ForecastView } from '../core/forecast/view.ts';
import type { Database } from '../store/database.ts';
import { currentSsda903Returns, storedDemandData } from '../store/forecast-episodes.ts';
import { createScenario, deleteScenario, listScenarios, loadScenario, scenarioVersions, updateScenario, type ScenarioConflict, type StoredScenario } from '../store/forecast-scenarios.ts';
import type { ActorGuard } from './actor-guard.ts';
import { NotFound, Rejected } from './errors.ts';
import { cachedResult } from './results-cache.ts';
import { forecastInWorker } from './forecast-in-worker.ts';

/** A saved scenario as the pages list it. `settings` is null when what is stored no longer reads as settings. */
export interface ScenarioView {
  readonly id: number;
  readonly name: string;
  readonly description: string;
  readonly settings: ScenarioSettings | null;
  readonly version: number;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly updatedBy: string;
  readonly updatedAt: string;
}

/** A scenario with every version saved, oldest first. */
export interface ScenarioDetailView extends ScenarioView {
  readonly history: readonly { readonly version: number; readonly change: 'created' | 'changed' | 'deleted'; readonly name: string; readonly savedBy: string; readonly savedAt: string }[];
}

export interface ScenarioInput {
  readonly name: string;
  readonly description?: string | undefined;
  readonly settings: unknown;
}

export interface ForecastExport {
  readonly fileName: string;
  readonly contentType: string;
  readonly body: string | Uint8Array;
}

/** Care population and spend forecasts from the council's stored returns, and its named scenarios. */
export interface ForecastAccess {
  /**
   * The base forecast (scenarioId null) or a saved scenario's, with the backtest beside it, and with a
   * simulated likely range beside the closed form's when `band` asks for one (Rejected if its runs or seed
   * are out of range). 'view-forecast'; numbers only, so not audited.
   */
  forecast(scenarioId: number | null, band?: BandAsked): Promise<ForecastView>;
  /** A forecast of settings not saved (the editor's preview); refused (Rejected) with every problem named. */
  preview(settings: unknown): Promise<ForecastView>;
  /** The base and every saved scenario side by side. */
  comparison(): Promise<ComparisonView>;
  scenarios(): Promise<ScenarioView[]>;
  scenario(id: number): Promise<ScenarioDetailView>;
  /** 'manage-forecast-scenarios'; the settings must give a forecast on the council's data; audited. */
  createScenario(input: ScenarioInput): Promise<ScenarioView>;
  /** Changes the scenario as it was at `version` (Rejected if someone saved since); audited. */
  updateScenario(id: number, version: number, input: ScenarioInput): Promise<ScenarioView>;
  deleteScenario(id: number, version: number): Promise<void>;
  /** The base's or a scenario's forecast as CSV or an xlsx workbook (with the comparison); audited. */
  /** The forecast as a file, with the simulated range when `band` asks for it. */
  exportForecast(scenarioId: number | null, format: 'csv' | 'xlsx', band?: BandAsked): Promise<ForecastExport>;
}

/**
 * The council's stored 903 data, kept per database and council until its current returns change. Worked-out
 * forecasts and backtests are kept with the other answers (results-cache), keyed by the returns they came from.
 */
const dataCaches = new WeakMap<Database, Map<string, { key: string; data: Promise<DemandData> }>>();
const noReturns = () => new NotFound('There are no SSDA903 returns for your council yet: upload one first.');

export function forecastAccess(db: Database, guard: ActorGuard): ForecastAccess {
  const { scope, audit, actor } = guard;
  const la = actor.la;

  /** The council's data and the key of the returns it came from. */
  const councilData = async (): Promise<{ key: string; data: DemandData }> => {
    const returns = await currentSsda903Returns(db, la);
    if (returns.length === 0) throw noReturns();
    const key = returns.map((r) => r.id).join(',');
    let cache = dataCaches.get(db);
    if (!cache) dataCaches.set(db, (cache = new Map()));
    let known = cache.get(la);
    if (known?.key !== key) {
      const data = storedDemandData(db, la).then((s) => s.data);
      known = { key, data };
      cache.set(la, known);
      data.catch(() => {
        if (cache.get(la) === known) cache.delete(la);
      });
    }
    return { key, data: await known.data };
  };

  const backtestOf = (key: string, data: DemandData, s: ScenarioSettings): Promise<BacktestView> =>
    cachedResult(db, `forecast backtest|${la}|${key}|${s.provision}|${s.uasc}`, async () => backtestView(backtest(data, { withProvision: s.provision, uasc: s.uasc })));

  /**
   * The forecast of settings, or Rejected with the reasons. A simulated range is kept with the other answers
   * by council, returns, settings, runs and seed: a second look at it costs nothing.
   */
  const viewOf = async (settings: ScenarioSettings, scenario: ForecastView['scenario'], band: BandChoice = { band: 'closed-form' }): Promise<ForecastView> => {
    const { key, data } = await councilData();
    const simulation = band.band === 'simulated' ? { runs: band.runs, seed: band.seed, every: SHOWN_EVERY_DAYS } : null;
    const simulated = simulation ? `|simulated ${simulation.runs} runs, seed ${simulation.seed}` : '';
    const view = await cachedResult(db, `forecast|${la}|${key}|${JSON.stringify(settings)}${simulated}`, async () => {
      // A simulated range is worked out on a worker thread, so that its runs hold up no other request.
      const out = simulation ? await forecastInWorker(data, { ...forecastOptionsOf(settings), simulation }) : forecast(data, forecastOptionsOf(settings));
      if (!out.ok) throw new Rejected(`The forecast cannot be worked out: ${out.errors.join('; ')}.`, { errors: out.errors, notes: out.notes });
      return forecastView(out.result, settings, await backtestOf(key, data, settings), null);
    });
    return { ...view, scenario };
  };

  const settingsOf = (input: unknown): ScenarioSettings => {
    const checked = checkScenarioSettings(input);
    if (!checked.ok) throw new Rejected(`The settings are not valid: ${checked.errors.join('; ')}.`, { errors: checked.errors });
    return checked.settings;
  };

  const view = (s: StoredScenario): ScenarioView => {
    const checked = checkScenarioSettings(s.settings);
    return {
      id: s.id, name: s.name, description: s.description, settings: checked.ok ? checked.settings : null, version: s.version,
      createdBy: s.createdBy, createdAt: s.createdAt, updatedBy: s.updatedBy, updatedAt: s.updatedAt,
    };
  };

  const stored = async (id: number): Promise<StoredScenario> => {
    const s = await loadScenario(db, la, id);
    if (!s) throw new NotFound(`There is no forecast scenario ${id}.`);
    return s;
  };

  /** Name and description checked, and the settings checked against the council's data when it has some. */
  const checkedInput = async (input: ScenarioInput): Promise<{ name: string; description: string; settings: ScenarioSettings }> => {
    const name = input.name.trim();
    const description = (input.description ?? '').trim();
    const problems: string[] = [];
    if (name.length < 1 || name.length > 80) problems.push(`name: a scenario needs a name of 1 to 80 characters, not ${JSON.stringify(input.name)}`);
    if (description.length > 500) problems.push(`description: at most 500 characters, not ${description.length}`);
    if (problems.length > 0) throw new Rejected(`The scenario was not saved: ${problems.join('; ')}.`, { errors: problems });
    const settings = settingsOf(input.settings);
    if ((await currentSsda903Returns(db, la)).length > 0) {
      try {
        await viewOf(settings, null);
      } catch (e) {
        if (e instanceof Rejected) throw new Rejected(e.message.replace('The forecast cannot be worked out', 'The scenario was not saved: its forecast cannot be worked out'), e.detail);
        throw e;
      }
    }
    return { name, description, settings };
  };

  const refuseConflict = (c: ScenarioConflict, name: string): never => {
    if (c.conflict === 'name') throw new Rejected(`There is already a scenario called "${name}": choose another name.`, { errors: [`name: "${name}" is taken`] });
    throw new Rejected(`"${c.current.name}" was changed by ${c.current.updatedBy} at ${c.current.updatedAt} since you opened it: open it again and make your change to the latest version.`, { errors: ['version: not the latest'] });
  };

  const forecastOf = async (scenarioId: number | null, asked: BandAsked = {}): Promise<ForecastView> => {
    scope('view-forecast');
    const band = checkBandChoice(asked);
    if (!band.ok) throw new Rejected(`The likely range asked for cannot be shown: ${band.errors.join('; ')}.`, { errors: band.errors });
    if (scenarioId === null) return viewOf(BASE_SETTINGS, null, band.choice);
    const s = await stored(scenarioId);
    return viewOf(settingsOf(s.settings), { id: s.id, name: s.name }, band.choice);
  };

  const comparisonOf = async (): Promise<ComparisonView> => {
    scope('view-forecast');
    const base = await viewOf(BASE_SETTINGS, null);
    const compared: ComparedForecast[] = [];
    for (const s of await listScenarios(db, la)) {
      const scenario = { id: s.id, name: s.name };
      try {
        compared.push({ scenario, view: await viewOf(settingsOf(s.settings), scenario) });
      } catch (e) {
        // A scenario the current data cannot give keeps its column, with the reason.
        if (!(e instanceof Rejected)) throw e;
        compared.push({ scenario, error: e.message });
      }
    }
    return compareForecasts(base, compared);
  };

  return {
    forecast: forecastOf,
    comparison: comparisonOf,

    async preview(settings) {
      scope('view-forecast');
      return viewOf(settingsOf(settings), null);
    },

    async scenarios() {
      scope('view-forecast');
      return (await listScenarios(db, la)).map(view);
    },

    async scenario(id) {
      scope('view-forecast');
      const s = await stored(id);
      const history = await scenarioVersions(db, la, id);
      return { ...view(s), history: history.map((h) => ({ version: h.version, change: h.change, name: h.name, savedBy: h.savedBy, savedAt: h.savedAt })) };
    },

    async createScenario(input) {
      scope('manage-forecast-scenarios');
      const checked = await checkedInput(input);
      const saved = await db.transaction(async (tx) => {
        const s = await createScenario(tx, la, checked, actor.username);
        if ('conflict' in s) return refuseConflict(s, checked.name);
        await audit(tx, 'create-forecast-scenario', `forecast scenario ${s.id}`, null, { name: s.name, version: s.version });
        return s;
      });
      return view(saved);
    },

    async updateScenario(id, version, input) {
      scope('manage-forecast-scenarios');
      await stored(id);
      const checked = await checkedInput(input);
      const saved = await db.transaction(async (tx) => {
        const s = await updateScenario(tx, la, id, version, checked, actor.username);
        if (!s) throw new NotFound(`There is no forecast scenario ${id}.`);
        if ('conflict' in s) return refuseConflict(s, checked.name);
        await audit(tx, 'change-forecast-scenario', `forecast scenario ${id}`, null, { name: s.name, version: s.version });
        return s;
      });
      return view(saved);
    },

    async deleteScenario(id, version) {
      scope('manage-forecast-scenarios');
      await db.transaction(async (tx) => {
        const s = await deleteScenario(tx, la, id, version, actor.username);
        if (!s) throw new NotFound(`There is no forecast scenario ${id}.`);
        if ('conflict' in s) return refuseConflict(s, s.current.name);
        await audit(tx, 'delete-forecast-scenario', `forecast scenario ${id}`, null, { name: s.name, version: s.version });
      });
    },

    async exportForecast(scenarioId, format, band = {}) {
      const shown = await forecastOf(scenarioId, band);
      const comparison = format === 'xlsx' ? await comparisonOf() : null;
      const subject = scenarioId === null ? 'forecast base' : `forecast scenario ${scenarioId}`;
      await audit(db, 'export-forecast', subject, null, { format, ...(shown.simulated ? { simulated: { runs: shown.simulated.runs, seed: shown.simulated.seed } } : {}) });
      const fileName = `forecast-${la}-${scenarioId === null ? 'base' : `scenario-${scenarioId}`}-${shown.start}.${format}`;
      return format === 'csv'
        ? { fileName, contentType: 'text/csv; charset=utf-8', body: forecastCsv(shown) }
        : { fileName, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', body: forecastWorkbook(shown, comparison) };
    },
  };
}
