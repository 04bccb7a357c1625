import type { CollectionYear } from '../model/collection-year.ts';

/**
 * The vocabulary shared by every validator (CIN census now, SSDA903 next): a rule is DfE metadata plus
 * logic over the model, and it reports cells — one field of one record, with the line it was read from —
 * so a person can go straight to the value to correct.
 */

/** DfE rule types: an error must be fixed; a query must be fixed or explained to the DfE. */
export type Severity = 'error' | 'query';

/**
 * Inputs a rule may need beyond the return itself; a missing input makes the rule report "skipped", never
 * silently pass. `table:NAME` is one table of a return made of several (SSDA903), which may be left out.
 */
export type Need = 'previous-year' | 'postcodes' | 'providers' | 'header-uasc' | `table:${string}`;

export const needDescriptions: Readonly<Record<Exclude<Need, `table:${string}`>, string>> = {
  'previous-year': "the previous year's return",
  postcodes: 'a postcode reference',
  providers: 'an Ofsted provider list',
  'header-uasc': 'a UASC status code in the header (HEADER/UASC, which the SSDA903 XML layout carries and the CSV layout does not)',
};

/** Plain words for a need, as in "needs the uasc table, which was not given". */
export function describeNeed(need: Need): string {
  return need.startsWith('table:') ? `the ${need.slice('table:'.length)} table` : needDescriptions[need as Exclude<Need, `table:${string}`>];
}

/** One value in the return: the element group (CIN) or table (SSDA903), the field, the value as written and its line. */
export interface Cell {
  readonly table: string;
  readonly field: string;
  /** The text as the file gave it; null when the field is absent. */
  readonly value: string | null;
  readonly line?: number;
  /** The LA's child id, on a related cell that belongs to another child (e.g. the other holder of a duplicate UPN). */
  readonly child?: string;
}

export interface RuleMeta {
  /** The DfE code, e.g. `8606` or `8670Q`. */
  readonly code: string;
  /** The DfE message, word for word. */
  readonly message: string;
  readonly severity: Severity;
  /** The fields the DfE names for the rule. */
  readonly fields: readonly string[];
  /** The element groups / tables the DfE names for the rule. */
  readonly tables: readonly string[];
  /** The collection years this variant of the rule is in force. */
  readonly years: readonly CollectionYear[];
  /** One plain line for the person correcting the case record. */
  readonly howToFix: string;
  readonly needs?: readonly Need[];
}

/**
 * Reports one finding: the cell that breaks the rule and the cells that make it break (e.g. the referral
 * date an assessment start contradicts). `child` defaults to the record being checked; rules that report
 * after the last record (duplicates across children) name it themselves.
 */
export type Report = (at: Cell, related?: readonly Cell[], child?: string) => void;

/**
 * One rule's work over one return. `record` is called once per record (a CIN child, a 903 child) in file
 * order, with the validation's context; a rule over the rows of one part of a record (an SSDA903 table)
 * names the part in `rows` and gives `row` instead, which the engine calls for each row, so that a rule
 * costs one call per row and no more. `finish` is called once at the end, for rules that look across
 * records or at the header. A rule that looks across records keeps only the keys it needs, never the records.
 */
export interface RuleRun<R, C> {
  record?(record: R, context: C, report: Report): void;
  readonly rows?: string;
  row?(row: never, context: C, report: Report, record: R): void;
  finish?(report: Report): void;
}

export interface Rule<R, C> {
  readonly meta: RuleMeta;
  /**
   * The parts of a record (SSDA903 tables) whose rows the rule looks at, when it can find nothing in a
   * record with no rows in any of them (e.g. a rule over each OC2 row): the engine then does not call it
   * for such a record. Left out when the rule may report something missing (a row the child should have).
   */
  readonly reads?: readonly string[];
  /** Starts a fresh run (fresh state) for one validation. */
  start(context: C): RuleRun<R, C>;
}

/** A DfE rule Sightline declares for a year but has not implemented: it is reported as skipped, not left out. */
export interface PendingRule {
  readonly meta: RuleMeta;
  readonly pending: true;
  /** Why it is not checked, when there is more to say than "not yet implemented" (e.g. the data it needs is not in the return). */
  readonly reason?: string;
}

export type RuleEntry<R, C> = Rule<R, C> | PendingRule;

export function isPending<R, C>(entry: RuleEntry<R, C>): entry is PendingRule {
  return 'pending' in entry;
}
