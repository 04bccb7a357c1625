import { collectionStart, endYearOf, referenceDate } from '../model/collection-year.ts';
import type { Ssda903Return, Ssda903TableName, Ssda903Tables } from '../model/ssda903.ts';
import { createEngine } from './engine.ts';
import type { ValidationReport } from './results.ts';
import { childFacts, type ChildFacts } from './rules/ssda903/child-facts.ts';
import type { PostcodeLookup, ProviderLookup } from './rules/ssda903/reference-data.ts';
import { ssda903Catalogue, ssda903RuleSet } from './rules/ssda903/rule-sets.ts';
import { previousTableNeed, tableNeed } from './rules/ssda903/rules-metadata.ts';
import type { Child903, Ssda903Context } from './rules/ssda903/ssda903-rule.ts';
import type { Need } from './types.ts';

export interface Ssda903ValidatorOptions {
  readonly current: Ssda903Return;
  /** Last year's return, for the rules that compare years. */
  readonly previous?: Ssda903Return;
  readonly postcodes?: PostcodeLookup;
  readonly providers?: ProviderLookup;
}

export interface Ssda903Validator {
  child(child: Child903): void;
  finish(): ValidationReport;
}

const TABLES = [
  'header', 'episodes', 'reviews', 'uasc', 'oc2', 'oc3', 'ad1', 'placed_for_adoption', 'previous_permanence', 'missing',
  'social_worker', 'dolo',
] as const satisfies readonly Ssda903TableName[];

function presentTables(ret: Ssda903Return): Set<Ssda903TableName> {
  const absent = new Set(ret.absent);
  return new Set(TABLES.filter((t) => !absent.has(t)));
}

export function ssda903Context(options: Ssda903ValidatorOptions): Ssda903Context {
  const { year } = options.current;
  return {
    year,
    endYear: endYearOf(year),
    collectionStart: collectionStart(year),
    referenceDate: referenceDate(year),
    la: options.current.la,
    current: options.current,
    previous: options.previous ?? null,
    tablesPresent: presentTables(options.current),
    postcodes: options.postcodes ?? null,
    providers: options.providers ?? null,
  };
}

/** The inputs given: last year's return, reference data and each table either return included. */
export function availableNeeds(options: Ssda903ValidatorOptions): Set<Need> {
  const available = new Set<Need>();
  for (const t of presentTables(options.current)) available.add(tableNeed(t));
  if (options.previous) {
    available.add('previous-year');
    for (const t of presentTables(options.previous)) available.add(previousTableNeed(t));
  }
  // Only the XML layout codes UASC status in the header; the CSV layout has it as rows of the uasc table.
  if (options.current.tables.header.some((h) => h.UASC !== undefined)) available.add('header-uasc');
  if (options.postcodes) available.add('postcodes');
  if (options.providers) available.add('providers');
  return available;
}

/** A child's rows in a table of this year's return. */
export function rowsIn(child: Child903, table: string): readonly unknown[] {
  return child[table as Ssda903TableName];
}

/** Which tables of this year's return a child has rows in, as bits in the order of `TABLES`. */
export function tablesWithRows(child: Child903): number {
  return (child.header.length > 0 ? 1 : 0) | (child.episodes.length > 0 ? 2 : 0) | (child.reviews.length > 0 ? 4 : 0)
    | (child.uasc.length > 0 ? 8 : 0) | (child.oc2.length > 0 ? 16 : 0) | (child.oc3.length > 0 ? 32 : 0) | (child.ad1.length > 0 ? 64 : 0)
    | (child.placed_for_adoption.length > 0 ? 128 : 0) | (child.previous_permanence.length > 0 ? 256 : 0) | (child.missing.length > 0 ? 512 : 0)
    | (child.social_worker.length > 0 ? 1024 : 0) | (child.dolo.length > 0 ? 2048 : 0);
}

/** The engine's view of a child's tables, so that rules reading only tables a child has no rows in pass it by. */
export const tableParts = { names: TABLES, present: tablesWithRows };

/** Validates a SSDA903 return child by child; `finish` runs the rules that look across children. */
export function createSsda903Validator(options: Ssda903ValidatorOptions): Ssda903Validator {
  const { year } = options.current;
  const engine = createEngine<Child903, Ssda903Context>({
    set: ssda903RuleSet(year),
    catalogue: ssda903Catalogue,
    noSetReason: `Sightline has no SSDA903 rules for ${year}`,
    context: ssda903Context(options),
    available: availableNeeds(options),
    recordId: (child) => child.CHILD,
    parts: tableParts,
    rowsOf: rowsIn,
  });
  return { child: (c) => engine.record(c), finish: () => engine.finish() };
}

const NO_ROWS: readonly never[] = Object.freeze([]);

/** A child's rows before the facts are worked out; one object literal so every child has the same shape (fast property access). */
type Group = { -readonly [T in Ssda903TableName]: readonly Ssda903Tables[T][number][] } & {
  CHILD: string;
  previous: Ssda903Tables | null;
  tablesPresent: ReadonlySet<Ssda903TableName>;
  facts: ChildFacts | null;
};

const NO_TABLES: ReadonlySet<Ssda903TableName> = new Set();

function emptyGroup(CHILD: string): Group {
  return {
    CHILD, previous: null, tablesPresent: NO_TABLES, facts: null, header: NO_ROWS, episodes: NO_ROWS, reviews: NO_ROWS, uasc: NO_ROWS, oc2: NO_ROWS, oc3: NO_ROWS, ad1: NO_ROWS,
    placed_for_adoption: NO_ROWS, previous_permanence: NO_ROWS, missing: NO_ROWS, social_worker: NO_ROWS, dolo: NO_ROWS,
  };
}

/** Rows of every table grouped by CHILD in one pass over each table; children in order of first appearance (header first). */
function groupByChild(tables: Ssda903Tables): Map<string, Group> {
  const groups = new Map<string, Group>();
  for (let i = 0; i < TABLES.length; i++) {
    const t = TABLES[i]!;
    const rows: readonly { readonly CHILD: string }[] = tables[t];
    // Tables usually list a child's rows together: each run of one child's rows is copied at once, at its size.
    let start = 0;
    while (start < rows.length) {
      const CHILD = rows[start]!.CHILD;
      let end = start + 1;
      while (end < rows.length && rows[end]!.CHILD === CHILD) end++;
      let group = groups.get(CHILD);
      if (!group) groups.set(CHILD, (group = emptyGroup(CHILD)));
      const own: readonly unknown[] = group[t];
      (group as Record<string, unknown>)[t] = own === NO_ROWS ? rows.slice(start, end) : own.concat(rows.slice(start, end));
      start = end;
    }
  }
  return groups;
}

const EMPTY_TABLES: Ssda903Tables = Object.freeze(emptyGroup(''));

/** The children of a return, each with its rows, last year's rows and shared facts, ready for the rules. */
export function* childrenOf(context: Ssda903Context): Generator<Child903> {
  const previous = context.previous ? groupByChild(context.previous.tables) : null;
  const current = groupByChild(context.current.tables);
  for (const group of current.values()) {
    group.previous = previous ? (previous.get(group.CHILD) ?? EMPTY_TABLES) : null;
    group.tablesPresent = context.tablesPresent;
    group.facts = childFacts(group, context.collectionStart, context.referenceDate, group.previous);
    yield group as Child903;
    // Once checked, the child and its facts are let go, so that a large return's facts die young.
    current.delete(group.CHILD);
  }
}

export function validate903Return(
  current: Ssda903Return,
  options: Omit<Ssda903ValidatorOptions, 'current'> = {},
): ValidationReport {
  const all = { ...options, current };
  const validator = createSsda903Validator(all);
  for (const child of childrenOf(ssda903Context(all))) validator.child(child);
  return validator.finish();
}
