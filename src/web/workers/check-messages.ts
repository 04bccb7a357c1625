import type { FileKind } from '../../core/formats/detect.ts';
import type { CollectionYear } from '../../core/model/collection-year.ts';
import type { ReadProblem } from '../../core/model/problem.ts';
import type { FindingRow, RuleSummary } from '../../core/reports/validation-report.ts';
import type { ValidationCounts } from '../../core/validation/results.ts';

/** What the page asks of the checking worker, and what it hears back. Files never leave the browser. */
export interface CheckRequest {
  readonly files: readonly File[];
  /** The collection year, when the analyst chose one; otherwise the files' own or a guess (said in `notes`). */
  readonly year?: CollectionYear;
}

export interface ReturnReport {
  /** The file name, or the list of files that made one SSDA903 return. */
  readonly name: string;
  readonly kind: FileKind;
  readonly dataset?: 'cin' | 'ssda903';
  readonly year?: string | null;
  readonly la?: string | null;
  /** Labelled counts in the order to show them. */
  readonly counts: readonly (readonly [string, number])[];
  readonly problems: readonly ReadProblem[];
  /** Remarks for the analyst, e.g. how the year was decided. */
  readonly notes: readonly string[];
  /** Nothing in the file could be read as a return. */
  readonly unreadable: boolean;
  readonly validation?: {
    readonly counts: ValidationCounts;
    readonly rules: readonly RuleSummary[];
    /** The first findings, for the page; the workbook has them all. */
    readonly findings: readonly FindingRow[];
    readonly workbook: Uint8Array;
  };
}

export type CheckMessage =
  | { readonly type: 'progress'; readonly done: number; readonly total: number; readonly file: string }
  | { readonly type: 'report'; readonly report: ReturnReport }
  | { readonly type: 'done' }
  | { readonly type: 'failed'; readonly message: string };
