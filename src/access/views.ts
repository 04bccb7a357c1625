import type { RuleSummary } from '../core/reports/validation-report.ts';
import type { Action, Role } from './permissions.ts';

/**
 * What the data-access layer hands out, in the shapes the API sends and the pages show. Type-only, so
 * the web app shares them without importing any server code.
 */
export interface UserView {
  readonly username: string;
  readonly la: string;
  readonly role: Role;
  readonly team: string | null;
  readonly expiresAt: string | null;
}

export interface SessionView {
  readonly user: UserView;
  /** The actions this user's role allows: the pages show only what can be done. */
  readonly permissions: readonly Action[];
  /** Sent back in the x-csrf-token header on every request that changes something. */
  readonly csrfToken: string;
}

export interface ReturnView {
  readonly id: number;
  readonly dataset: 'cin' | 'ssda903' | 'annex-a';
  readonly year: string;
  readonly fileNames: readonly string[];
  readonly importedBy: string;
  readonly importedAt: string;
  /** Null while it is the current return for its dataset and year. */
  readonly supersededBy: number | null;
  readonly children: number;
  readonly errors: number;
  readonly queries: number;
}

/** A rule's results in a stored return: the same shape the in-browser check shows. */
export type RuleResultView = RuleSummary;

export interface ChildResultView {
  readonly childId: string;
  readonly errors: number;
  readonly queries: number;
  readonly rules: readonly string[];
}

export interface FindingView {
  readonly rule: string;
  readonly severity: string;
  readonly childId: string | null;
  readonly table: string;
  readonly field: string;
  readonly value: string | null;
  readonly line: number | null;
}

export interface ImportView {
  readonly status: 'imported' | 'unchanged' | 'rejected';
  readonly returnId: number | null;
  readonly supersedes: number | null;
  readonly dataset: string | null;
  readonly year: string | null;
  readonly la: string | null;
  readonly children: number;
  readonly errors: number;
  readonly queries: number;
  readonly problems: number;
  readonly message: string;
}

/** One figure of an indicator for one period: the number and how many cases and children are behind it. */
export interface FigureView {
  readonly label: string;
  readonly start: string;
  readonly end: string;
  /** Null when it cannot be worked out (nothing to divide by, no population for a rate). */
  readonly value: number | null;
  readonly numerator: number;
  readonly denominator: number | null;
  readonly children: number;
  readonly caveats: readonly string[];
}

export interface SplitView {
  readonly dimension: 'age' | 'sex' | 'ethnicity' | 'disability' | 'need';
  readonly groups: readonly { readonly group: string; readonly value: number | null; readonly numerator: number; readonly denominator: number | null; readonly children: number }[];
}

/** A comparator's figure with its source, or why it is not known: never an invented number. */
export interface ComparisonView {
  readonly known: boolean;
  readonly value: number | null;
  readonly source: string | null;
  /** The year the figure is for, when it is not the year compared (the latest published England figure). */
  readonly year: number | null;
  readonly why: string | null;
}

export interface BenchmarkView {
  /** The collection year compared, by its end year. */
  readonly year: number;
  readonly england: ComparisonView;
  readonly region: { readonly code: string; readonly name: string; readonly comparison: ComparisonView } | null;
  readonly neighbours: readonly { readonly la: string; readonly name: string; readonly comparison: ComparisonView }[];
  /** Other councils whose returns are in the store, computed the same way. */
  readonly councils: readonly { readonly la: string; readonly name: string; readonly comparison: ComparisonView }[];
}

export interface IndicatorView {
  readonly id: string;
  readonly title: string;
  readonly unit: 'percent' | 'rate-per-10000' | 'count' | 'days';
  readonly polarity: 'higher-is-better' | 'lower-is-better' | 'context';
  readonly definition: string;
  readonly variant: string;
  readonly source: { readonly title: string; readonly url: string } | null;
  readonly available: boolean;
  /** Why the figure cannot be given, when not available. */
  readonly reason: string | null;
  /** The 12 months to the date. */
  readonly headline: FigureView | null;
  readonly months: readonly FigureView[];
  readonly years: readonly FigureView[];
  readonly splits: readonly SplitView[];
  readonly benchmark: BenchmarkView | null;
}

export interface IndicatorsView {
  readonly la: string;
  /** The date the figures are for: the latest 31 March the returns reach. */
  readonly at: string;
  readonly children: number;
  /** The 0–17 population the rates per 10,000 divide by, and those words for it; null until the council enters it. */
  readonly population: { readonly count: number; readonly source: string; readonly year: number | null; readonly basis: string } | null;
  readonly indicators: readonly IndicatorView[];
}

/** The children behind one of an indicator's numbers, each with the cases counted (child level; audited). */
export interface IndicatorChildrenView {
  readonly indicatorId: string;
  readonly title: string;
  readonly period: { readonly label: string; readonly start: string; readonly end: string };
  /** Children behind the number that the viewer may see (a social worker: their team's). */
  readonly total: number;
  readonly children: readonly { readonly childId: string; readonly cases: readonly { readonly key: string; readonly date: string; readonly counted: boolean; readonly value: number | null }[] }[];
}

export interface AcknowledgementView {
  readonly by: string;
  readonly at: string;
  readonly reason: string;
  readonly until: string | null;
  /** Why the item is back on the list despite the acknowledgement; null while it stays acknowledged. */
  readonly returned: string | null;
}

export interface WorklistItemView {
  readonly id: string;
  readonly childId: string;
  readonly rule: string;
  readonly title: string;
  readonly what: string;
  readonly since: string;
  readonly due: string;
  readonly overdueWorkingDays: number;
  readonly severity: 'high' | 'medium' | 'low';
  readonly state: 'open' | 'late' | 'concern';
  readonly team: string;
  readonly worker: string;
  readonly acknowledgement: AcknowledgementView | null;
}

export interface WorklistView {
  readonly la: string;
  readonly at: string;
  /** Items on the list (before `limit`). */
  readonly total: number;
  readonly teams: readonly string[];
  readonly workers: readonly string[];
  /** Most severe first, then longest overdue. */
  readonly items: readonly WorklistItemView[];
  /** Acknowledged and not (yet) back. */
  readonly acknowledged: readonly WorklistItemView[];
  readonly notRun: readonly { readonly rule: string; readonly reason: string }[];
}
