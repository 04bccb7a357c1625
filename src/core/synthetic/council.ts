import { addDays } from '../model/dates.ts';
import type { CinChild, CinHeader } from '../model/cin.ts';
import { drawLife } from './cin-history.ts';
import { faultyCin, faulty903, type FaultLog, type InjectedFault } from './faults.ts';
import type { Life } from './life.ts';
import { UPN_SERIALS } from './population.ts';
import { randomFor } from './random.ts';
import { cinRecord, ssda903Rows, type Ssda903Rows } from './snapshot.ts';

/**
 * A synthetic council: N children, each with a whole history, generated one at a time so that a
 * million children stream in constant memory. Child i depends only on (seed, i), never on the
 * children before it; the council's size matters only for which of its social workers (SW_ID, a
 * staff in proportion to N) a child gets.
 */

export interface CouncilOptions {
  /** How many children the council has known in (or open into) the collection years. */
  children: number;
  /** First and last collection years, by end year (2021 = 2020/21). */
  firstYear: number;
  lastYear: number;
  seed: number;
  /** Three-digit DfE LA code. */
  la: string;
  /** Share of records given a realistic mistake; 0 (the default) gives valid returns. */
  faults?: number;
}

export interface SyntheticChild {
  childId: string;
  /** The child's CIN census record for each year they appear in (key: end year). */
  cin: ReadonlyMap<number, CinChild>;
  /** The child's 903 rows for each year they are looked after (key: end year). */
  ssda903: ReadonlyMap<number, Ssda903Rows>;
  /** The mistakes injected into this child's records (empty with faults 0). */
  faults: readonly InjectedFault[];
  /** How many records were open to faults, to compare against the rate. */
  records: number;
}

/** Years of history simulated before the first collection year, so that the first year starts with open cases. */
const HISTORY_YEARS = 14;

/**
 * A distinct, stable, non-sequential id for each child: an affine bijection of the index modulo 9×10^7
 * (7919 is prime and shares no factor with it), offset by the seed.
 */
export function childIdFor(options: CouncilOptions, index: number): string {
  const offset = Math.abs(options.seed % 1000) * 104_729;
  return String(10_000_000 + ((index * 7919 + offset) % 90_000_000));
}

/**
 * The school and serial digits of child `index`'s UPN: a bijection of the index modulo UPN_SERIALS
 * (7919 shares no factor with 7×10^6), so that no two children of a council share a UPN (rule 1520)
 * and neighbours do not get neighbouring UPNs.
 */
function upnSerialFor(options: CouncilOptions, index: number): number {
  return (index * 7919 + Math.abs(options.seed % 1000) * 104_729) % UPN_SERIALS;
}

/** Child `index`'s whole life, before it is cut into returns. */
export function lifeAt(options: CouncilOptions, index: number): Life {
  const windowStart = `${options.firstYear - 1}-04-01`;
  return drawLife(randomFor(options.seed, index, 'life'), {
    childId: childIdFor(options, index),
    la: options.la,
    upnSerial: upnSerialFor(options, index),
    windowStart,
    windowEnd: `${options.lastYear}-03-31`,
    historyStart: addDays(windowStart, -HISTORY_YEARS * 365),
    lastYear: options.lastYear,
    workers: Math.max(10, Math.round(options.children / 40)),
  });
}

/** Child `index` as the returns show them, year by year. */
export function childAt(options: CouncilOptions, index: number): SyntheticChild {
  const life = lifeAt(options, index);
  const rate = options.faults ?? 0;
  const snapshotRandom = randomFor(options.seed, index, 'snapshot');
  const faultRandom = randomFor(options.seed, index, 'faults');
  const log: FaultLog = { records: 0, faults: [] };
  const cin = new Map<number, CinChild>();
  const ssda903 = new Map<number, Ssda903Rows>();
  for (let year = options.firstYear; year <= options.lastYear; year++) {
    const record = cinRecord(life, year);
    if (record) cin.set(year, rate > 0 ? faultyCin(faultRandom, rate, year, record, log) : record);
    const rows = ssda903Rows(life, year, snapshotRandom);
    if (rows) ssda903.set(year, rate > 0 ? faulty903(faultRandom, rate, year, rows, log) : rows);
  }
  return { childId: life.person.childId, cin, ssda903, faults: log.faults, records: log.records };
}

/** Each child's whole history, lazily: the same seed gives the same children in the same order. */
export function* generateChildren(options: CouncilOptions): Generator<SyntheticChild> {
  if (!Number.isInteger(options.children) || options.children < 0) throw new RangeError(`children must be a whole number, not ${options.children}`);
  if (options.firstYear > options.lastYear) throw new RangeError(`the first year ${options.firstYear} is after the last year ${options.lastYear}`);
  for (let i = 0; i < options.children; i++) yield childAt(options, i);
}

export function cinHeader(options: CouncilOptions, endYear: number): CinHeader {
  return {
    Collection: 'CIN',
    Year: String(endYear),
    ReferenceDate: `${endYear}-03-31`,
    SourceLevel: 'L',
    LEA: options.la,
    SoftwareCode: 'Sightline synthetic',
    Release: '1',
    SerialNo: '001',
    DateTime: `${endYear}-05-01T09:00:00`,
  };
}
