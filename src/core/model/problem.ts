/**
 * Something a reader could not take as it stood. Problems never carry a child's personal details beyond
 * the LA's own child id, so they can be shown to whoever may see the file.
 */
export interface ReadProblem {
  readonly severity: 'error' | 'warning';
  /** A short stable code for the kind of problem, e.g. `unknown-element`, `bad-code`, `bad-date`. */
  readonly kind: ReadProblemKind;
  /** The file (or table) it was found in. */
  readonly file?: string;
  /** 1-based line (XML) or row (CSV, header = 1). */
  readonly line?: number;
  /** Element path for XML (`Message/Children/Child/CINdetails/ReferralSource`), table name for CSV. */
  readonly path?: string;
  readonly field?: string;
  readonly value?: string;
  /** The LA's child id, when the problem belongs to one child's record. */
  readonly child?: string;
  /** Plain words: what is wrong and, where it helps, what was expected. */
  readonly message: string;
}

export type ReadProblemKind =
  | 'not-well-formed'
  | 'forbidden-construct'
  | 'unknown-element'
  | 'missing-element'
  | 'out-of-order'
  | 'repeated-element'
  | 'bad-date'
  | 'bad-number'
  | 'bad-code'
  | 'bad-format'
  | 'unknown-year'
  | 'unknown-table'
  | 'unknown-column'
  | 'missing-column'
  | 'duplicate-column'
  | 'duplicate-table'
  | 'missing-value'
  | 'bad-row'
  | 'too-large';

/** One line for a person: where, then what. */
export function describeProblem(p: ReadProblem): string {
  const where = [p.file, p.line !== undefined ? `line ${p.line}` : undefined, p.path].filter(Boolean).join(', ');
  return where ? `${where}: ${p.message}` : p.message;
}
