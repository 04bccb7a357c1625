import type { StoredAnnexA } from '../store/annex-a-snapshot.ts';

/**
 * What the Annex A part of the data-access layer hands out, in the shapes the API sends and the pages
 * show. Type-only (erased when built), so the web app shares them without importing any server code.
 */

/** Where a production of Annex A has got to. */
export type AnnexAStage = 'reading' | 'writing' | 'ready' | 'downloaded' | 'expired' | 'failed';

export interface AnnexAJobView {
  readonly id: string;
  /** The inspection (snapshot) date it is drawn up for. */
  readonly at: string;
  readonly months: 6 | 12;
  readonly stage: AnnexAStage;
  /** What is happening now, in words. */
  readonly activity: string;
  /** 0–100: children read (up to 90), then the workbook written. */
  readonly percent: number;
  readonly childrenDone: number;
  readonly childrenTotal: number;
  /** Each list's rows, once every child is read. */
  readonly lists: readonly { readonly list: number; readonly sheet: string; readonly subject: string; readonly rows: number }[];
  /** Columns Ofsted asks for that the data leaves empty (the cover sheet says why). */
  readonly unfilled: number;
  readonly startedAt: string;
  readonly finishedAt: string | null;
  /** Until when the workbook can be downloaded (once); null until it is ready. */
  readonly availableUntil: string | null;
  readonly fileName: string;
}

/** An Annex A the council loaded: the date it was drawn up for, and its provenance. */
export type StoredAnnexAView = StoredAnnexA;

export interface AnnexAOverviewView {
  /** The latest 31 March the CIN census and SSDA903 returns reach; null without any. */
  readonly returnsReach: string | null;
  readonly stored: readonly StoredAnnexAView[];
}

/** Where the council's Annex A for a date and its CIN census / SSDA903 disagree (child level; audited). */
export interface AnnexAReconciliationView {
  readonly at: string;
  readonly months: 6 | 12;
  readonly disagreements: readonly {
    readonly kind: 'only-in-annex-a' | 'only-in-returns' | 'count-differs' | 'rows-differ';
    readonly list: number;
    readonly childId: string | null;
    readonly field: string | null;
    readonly annexA: string | number | null;
    readonly returns: string | number | null;
    readonly message: string;
  }[];
}
