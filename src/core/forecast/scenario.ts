import { isIsoDate, type IsoDate } from '../model/dates.ts';
import type { Change, EntryAdjustment, ProvisionMove, RateAdjustment } from './adjustments.ts';
import { costItems } from './cost-items.ts';
import { MAX_MONTHS, type ForecastOptions } from './forecast.ts';

/**
 * A forecast scenario's settings, as a council saves them: the dates, whether provision (in-house or
 * external) is modelled, and the changes to practice and prices it tries. Plain JSON, so that it is
 * stored, sent and edited as it is. The base forecast is these settings with every default.
 */
export interface ScenarioSettings {
  /** The window rates are fitted on; null: all the data. */
  readonly reference: { readonly from: IsoDate; readonly to: IsoDate } | null;
  /** null: the end of the data. */
  readonly start: IsoDate | null;
  readonly months: number;
  readonly provision: boolean;
  readonly uasc: 'all' | 'only' | 'exclude';
  readonly rates: readonly RateAdjustment[];
  readonly entries: readonly EntryAdjustment[];
  readonly moves: readonly ProvisionMove[];
  readonly costs: {
    /** Local weekly costs by cost item; items left out take the defaults. */
    readonly weekly: Readonly<Record<string, number>>;
    /** Provider shares by cost item, within its category. */
    readonly shares: Readonly<Record<string, number>>;
    readonly inflation: number | null;
  };
}

export const BASE_SETTINGS: ScenarioSettings = {
  reference: null, start: null, months: 24, provision: true, uasc: 'all', rates: [], entries: [], moves: [], costs: { weekly: {}, shares: {}, inflation: null },
};

/** The core's options for these settings. */
export function forecastOptionsOf(settings: ScenarioSettings): ForecastOptions {
  return {
    ...(settings.reference ? { reference: settings.reference } : {}),
    ...(settings.start ? { start: settings.start } : {}),
    months: settings.months,
    withProvision: settings.provision,
    uasc: settings.uasc,
    rates: settings.rates,
    entries: settings.entries,
    moves: settings.moves,
    costs: settings.costs,
  };
}

/** Whether the settings change practice or prices (the base changes neither). */
export function changesAnything(settings: ScenarioSettings): boolean {
  const c = settings.costs;
  return settings.rates.length + settings.entries.length + settings.moves.length + Object.keys(c.weekly).length + Object.keys(c.shares).length > 0 || c.inflation !== null;
}

const ITEMS = new Set(costItems.map((i) => i.name));

type Checked = { readonly ok: true; readonly settings: ScenarioSettings } | { readonly ok: false; readonly errors: readonly string[] };

/**
 * Reads settings from anything (a request body, a stored row, a file), filling defaults, and names every
 * field that is wrong with the value found. Whether states and categories exist is the forecast's to
 * say, against the data; everything else is checked here.
 */
export function checkScenarioSettings(input: unknown): Checked {
  const errors: string[] = [];
  const o = record(input, 'settings', errors) ?? {};
  const known = new Set(['reference', 'start', 'months', 'provision', 'uasc', 'rates', 'entries', 'moves', 'costs']);
  for (const key of Object.keys(o)) if (!known.has(key)) errors.push(`settings: there is no setting "${key}"`);

  let reference: ScenarioSettings['reference'] = null;
  if (o.reference !== undefined && o.reference !== null) {
    const r = record(o.reference, 'reference', errors);
    if (r) {
      const from = date(r.from, 'reference.from', errors);
      const to = date(r.to, 'reference.to', errors);
      if (from && to) {
        if (from > to) errors.push(`reference: the window starts (${from}) after it ends (${to})`);
        reference = { from, to };
      }
    }
  }
  const start = o.start === undefined || o.start === null ? null : date(o.start, 'start', errors);
  const months = o.months === undefined ? BASE_SETTINGS.months : o.months;
  if (!(typeof months === 'number' && Number.isInteger(months) && months >= 1)) errors.push(`months: the horizon must be a whole number of months from 1, not ${show(months)}`);
  else if (months > MAX_MONTHS) errors.push(`months: the horizon of ${months} months is over 4 years (${MAX_MONTHS} months), the longest a constant-rate forecast is offered for`);
  const provision = o.provision === undefined ? BASE_SETTINGS.provision : o.provision;
  if (typeof provision !== 'boolean') errors.push(`provision: must be true or false, not ${show(provision)}`);
  const uasc = o.uasc === undefined ? BASE_SETTINGS.uasc : o.uasc;
  if (uasc !== 'all' && uasc !== 'only' && uasc !== 'exclude') errors.push(`uasc: must be "all", "only" or "exclude", not ${show(uasc)}`);

  const rates = list(o.rates, 'rates', errors).flatMap((x, i): RateAdjustment[] => {
    const r = record(x, `rates[${i}]`, errors);
    const from = r && text(r.from, `rates[${i}].from`, errors);
    const to = r && text(r.to, `rates[${i}].to`, errors);
    const change = r && changeOf(r.change, `rates[${i}].change`, errors);
    return from && to && change ? [{ from, to, change }] : [];
  });
  const entries = list(o.entries, 'entries', errors).flatMap((x, i): EntryAdjustment[] => {
    const r = record(x, `entries[${i}]`, errors);
    const to = r && text(r.to, `entries[${i}].to`, errors);
    const change = r && changeOf(r.change, `entries[${i}].change`, errors);
    return to && change ? [{ to, change }] : [];
  });
  const moves = list(o.moves, 'moves', errors).flatMap((x, i): ProvisionMove[] => {
    const r = record(x, `moves[${i}]`, errors);
    if (!r) return [];
    const from = text(r.from, `moves[${i}].from`, errors);
    const to = text(r.to, `moves[${i}].to`, errors);
    const share = r.share;
    if (!(typeof share === 'number' && share >= 0 && share <= 1)) errors.push(`moves[${i}].share: the share moved must be between 0 and 1 (0.25 = 25 %), not ${show(share)}`);
    const of = r.of ?? 'both';
    if (of !== 'start' && of !== 'entries' && of !== 'both') errors.push(`moves[${i}].of: must be "start", "entries" or "both", not ${show(of)}`);
    if (from && to && from === to) errors.push(`moves[${i}]: children cannot be moved from ${from} to the same category`);
    return from && to && typeof share === 'number' && (of === 'start' || of === 'entries' || of === 'both') ? [{ from, to, share, of }] : [];
  });

  const c = o.costs === undefined || o.costs === null ? {} : (record(o.costs, 'costs', errors) ?? {});
  const weekly = byItem(c.weekly, 'costs.weekly', errors, (v, field) => {
    if (!(typeof v === 'number' && Number.isFinite(v) && v >= 0)) errors.push(`${field}: a weekly cost must be a number of pounds, 0 or more, not ${show(v)}`);
  });
  const shares = byItem(c.shares, 'costs.shares', errors, (v, field) => {
    if (!(typeof v === 'number' && v >= 0 && v <= 1)) errors.push(`${field}: a share must be between 0 and 1 (0.25 = 25 %), not ${show(v)}`);
  });
  const inflation = c.inflation === undefined ? null : c.inflation;
  if (inflation !== null && !(typeof inflation === 'number' && inflation >= 0 && inflation <= 1)) errors.push(`costs.inflation: yearly inflation must be between 0 and 1 (0.1 = 10 %), or null for none, not ${show(inflation)}`);

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    settings: {
      reference, start, months: months as number, provision: provision as boolean, uasc: uasc as ScenarioSettings['uasc'], rates, entries, moves,
      costs: { weekly: weekly as Record<string, number>, shares: shares as Record<string, number>, inflation: inflation as number | null },
    },
  };
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const json = JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

function record(value: unknown, field: string, errors: string[]): Record<string, unknown> | null {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  errors.push(`${field}: expected an object, not ${show(value)}`);
  return null;
}

function list(value: unknown, field: string, errors: string[]): unknown[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value;
  errors.push(`${field}: expected a list, not ${show(value)}`);
  return [];
}

function text(value: unknown, field: string, errors: string[]): string | null {
  if (typeof value === 'string' && value.trim() !== '' && value.length <= 100) return value;
  errors.push(`${field}: expected a name of up to 100 characters, not ${show(value)}`);
  return null;
}

function date(value: unknown, field: string, errors: string[]): IsoDate | null {
  if (typeof value === 'string' && isIsoDate(value)) return value;
  errors.push(`${field}: expected a date such as 2024-03-31, not ${show(value)}`);
  return null;
}

function changeOf(value: unknown, field: string, errors: string[]): Change | null {
  const c = record(value, field, errors);
  if (!c) return null;
  const keys = Object.keys(c);
  if (keys.length === 1 && keys[0] === 'multiply') {
    if (typeof c.multiply === 'number' && Number.isFinite(c.multiply) && c.multiply >= 0) return { multiply: c.multiply };
    errors.push(`${field}.multiply: a multiplier must be a number of 0 or more, not ${show(c.multiply)}`);
    return null;
  }
  if (keys.length === 1 && keys[0] === 'add') {
    if (typeof c.add === 'number' && Number.isFinite(c.add) && c.add <= 1) return { add: c.add };
    errors.push(`${field}.add: an amount added must be a number of at most 1, not ${show(c.add)}`);
    return null;
  }
  errors.push(`${field}: expected {"multiply": n} or {"add": n}, not ${show(value)}`);
  return null;
}

function byItem(value: unknown, field: string, errors: string[], check: (v: unknown, field: string) => void): Record<string, unknown> {
  if (value === undefined || value === null) return {};
  const r = record(value, field, errors);
  if (!r) return {};
  for (const [item, v] of Object.entries(r)) {
    if (!ITEMS.has(item)) errors.push(`${field}: there is no cost item "${item}" (items: ${[...ITEMS].join(', ')})`);
    else check(v, `${field}["${item}"]`);
  }
  return r;
}
