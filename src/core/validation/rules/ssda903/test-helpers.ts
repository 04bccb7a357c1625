import type { CollectionYear } from '../../../model/collection-year.ts';
import type {
  Ad1, Dolo, Episode, Header903, Missing, Oc2, Oc3, PlacedForAdoption, PreviousPermanence, Review, SocialWorkerEpisode,
  Ssda903Return, Ssda903TableName, Ssda903Tables, Uasc,
} from '../../../model/ssda903.ts';
import { createEngine } from '../../engine.ts';
import type { Finding, RuleOutcome } from '../../results.ts';
import { ruleSet } from '../../rule-set.ts';
import type { Cell } from '../../types.ts';
import { availableNeeds, childrenOf, rowsIn, ssda903Context, tableParts, type Ssda903ValidatorOptions } from '../../ssda903-validator.ts';
import type { PostcodeLookup, ProviderLookup } from './reference-data.ts';
import type { Child903, Ssda903Context, Ssda903Rule } from './ssda903-rule.ts';

/**
 * Small SSDA903 returns for rule tests: every builder fills the columns with plausible values for 2023/24
 * (1 April 2023 to 31 March 2024) for child '1', so a test states only what it is about.
 */
export const YEAR: CollectionYear = '2023/24';

export function header(p: Partial<Header903> = {}): Header903 {
  return { CHILD: '1', SEX: '1', DOB: '2015-05-10', ETHNIC: 'WBRI', UPN: 'A123456789012', MOTHER: null, MC_DOB: null, ...p };
}

export function episode(p: Partial<Episode> = {}): Episode {
  return {
    CHILD: '1', DECOM: '2023-06-01', RNE: 'S', LS: 'C2', CIN: 'N1', PLACE: 'U4', PLACE_PROVIDER: 'PR1', DEC: null, REC: null,
    REASON_PLACE_CHANGE: null, HOME_POST: 'AB1 2CD', PL_POST: 'AB2 3EF', URN: null, ...p,
  };
}

export function review(p: Partial<Review> = {}): Review {
  return { CHILD: '1', DOB: '2015-05-10', REVIEW: '2023-07-01', REVIEW_CODE: 'PN1', ...p };
}

export function uasc(p: Partial<Uasc> = {}): Uasc {
  return { CHILD: '1', SEX: '1', DOB: '2015-05-10', DUC: null, ...p };
}

export function oc2(p: Partial<Oc2> = {}): Oc2 {
  return {
    CHILD: '1', DOB: '2015-05-10', SDQ_SCORE: 10, SDQ_REASON: null, CONVICTED: '0', HEALTH_CHECK: '1', IMMUNISATIONS: '1',
    TEETH_CHECK: '1', HEALTH_ASSESSMENT: '1', SUBSTANCE_MISUSE: '0', INTERVENTION_RECEIVED: null, INTERVENTION_OFFERED: null, ...p,
  };
}

export function oc3(p: Partial<Oc3> = {}): Oc3 {
  return { CHILD: '1', DOB: '2006-05-10', IN_TOUCH: 'YES', ACTIV: 'F2', ACCOM: 'B1', ...p };
}

export function ad1(p: Partial<Ad1> = {}): Ad1 {
  return {
    CHILD: '1', DOB: '2015-05-10', DATE_INT: '2023-05-01', DATE_MATCH: '2023-06-01', FOSTER_CARE: '0', NB_ADOPTR: 2, SEX_ADOPTR: 'MF',
    LS_ADOPTR: 'L11', ...p,
  };
}

export function placed(p: Partial<PlacedForAdoption> = {}): PlacedForAdoption {
  return { CHILD: '1', DOB: '2015-05-10', DATE_PLACED: '2023-07-01', DATE_PLACED_CEASED: null, REASON_PLACED_CEASED: null, ...p };
}

export function permanence(p: Partial<PreviousPermanence> = {}): PreviousPermanence {
  return { CHILD: '1', DOB: '2015-05-10', PREV_PERM: 'Z1', LA_PERM: null, DATE_PERM: null, ...p };
}

export function missing(p: Partial<Missing> = {}): Missing {
  return { CHILD: '1', DOB: '2015-05-10', MISSING: 'M', MIS_START: '2023-08-01', MIS_END: '2023-08-02', ...p };
}

export function socialWorker(p: Partial<SocialWorkerEpisode> = {}): SocialWorkerEpisode {
  return { CHILD: '1', DOB: '2015-05-10', SW_ID: 'SW1', SW_DECOM: '2023-06-01', SW_DEC: null, SW_REASON: null, ...p };
}

export function dolo(p: Partial<Dolo> = {}): Dolo {
  return { CHILD: '1', DOB: '2015-05-10', DOLO_START: '2026-06-01', DOLO_END: null, ...p };
}

export type Rows = { readonly [T in Ssda903TableName]?: readonly Ssda903Tables[T][number][] };

/** A return of the given rows; every other table is included but empty unless named in `absent`. */
export function return903(rows: Rows, options: { year?: CollectionYear; absent?: readonly Ssda903TableName[]; la?: string | null } = {}): Ssda903Return {
  const tables: Ssda903Tables = {
    header: [], episodes: [], reviews: [], uasc: [], oc2: [], oc3: [], ad1: [], placed_for_adoption: [], previous_permanence: [], missing: [],
    social_worker: [], dolo: [], ...rows,
  };
  return { year: options.year ?? YEAR, la: options.la === undefined ? '201' : options.la, tables, absent: options.absent ?? [] };
}

export interface CheckOptions {
  readonly year?: CollectionYear;
  readonly absent?: readonly Ssda903TableName[];
  /** The council's code: 201 unless given; null for a return that does not say. */
  readonly la?: string | null;
  /** Last year's rows (a return for the year before). */
  readonly previous?: Rows;
  readonly postcodes?: PostcodeLookup;
  readonly providers?: ProviderLookup;
}

function validatorOptions(rows: Rows, options: CheckOptions): Ssda903ValidatorOptions {
  const year = options.year ?? YEAR;
  const la = options.la === undefined ? '201' : options.la;
  const previousYear = `${Number(year.slice(0, 4)) - 1}/${year.slice(2, 4)}` as CollectionYear;
  return {
    current: return903(rows, { year, la, ...(options.absent ? { absent: options.absent } : {}) }),
    ...(options.previous ? { previous: return903(options.previous, { year: previousYear, la }) } : {}),
    ...(options.postcodes ? { postcodes: options.postcodes } : {}),
    ...(options.providers ? { providers: options.providers } : {}),
  };
}

/** Runs one rule over a return of the given rows, grouped by child as the validator does; returns its outcome and findings. */
export function run(rule: Ssda903Rule, rows: Rows, options: CheckOptions = {}): { outcome: RuleOutcome; findings: Finding[] } {
  const all = validatorOptions(rows, options);
  const context = ssda903Context(all);
  const engine = createEngine<Child903, Ssda903Context>({
    set: ruleSet(context.year, [rule]),
    catalogue: new Map(),
    context,
    available: availableNeeds(all),
    recordId: (c) => c.CHILD,
    parts: tableParts,
    rowsOf: rowsIn,
  });
  for (const child of childrenOf(context)) engine.record(child);
  const report = engine.finish();
  return { outcome: report.outcomes[0]!, findings: [...report.findings] };
}

/** The findings of one rule; a rule that does not run (skipped, failed) fails the test. */
export function check(rule: Ssda903Rule, rows: Rows, options: CheckOptions = {}): Finding[] {
  const { outcome, findings } = run(rule, rows, options);
  if (outcome.status !== 'ran') throw new Error(`Rule ${rule.meta.code} did not run: ${JSON.stringify(outcome)}`);
  return findings;
}

/** The cells of the findings, for short assertions: `Table.FIELD=value`. */
export function cellsOf(cells: readonly Cell[]): string[] {
  return cells.map((f) => `${f.table}.${f.field}=${f.value ?? 'null'}`);
}

/** The rule variant in force in a year, from a module that exports one rule per variant. */
export function variantFor(rules: readonly Ssda903Rule[], year: CollectionYear): Ssda903Rule {
  const rule = rules.find((r) => r.meta.years.includes(year));
  if (!rule) throw new Error(`No variant for ${year}`);
  return rule;
}

/** The related cells of a finding, as `Table.FIELD=value`, for short assertions (as `cellsOf` gives the finding's own). */
export function relatedOf(f: Finding | undefined): string[] {
  return cellsOf(f?.related ?? []);
}
