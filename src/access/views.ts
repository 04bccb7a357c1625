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
