import type { FindingKind } from '../core/inspections/model.ts';
import type { ActionStatus, HistoryEntry, Risk, WeeklyUpdate } from '../core/improvement-plan/plan.ts';
import type { Rag } from '../core/improvement-plan/rag.ts';
import type { RiskRag } from '../core/improvement-plan/risk.ts';
import type { WeeklyReport } from '../core/improvement-plan/weekly-report.ts';
import type { FigureView } from './views.ts';

/**
 * The improvement plan as the API sends it and the pages show it. Type-only, so the web app shares
 * it. No child is in any of it: linked indicators carry figures, never the children behind them.
 */

/** Where an action comes from; for a finding, the finding's kind and text as the inspection recorded them. */
export interface ActionSourceView {
  readonly kind: 'finding' | 'theme' | 'other';
  readonly findingId: number | null;
  readonly inspectionId: number | null;
  readonly findingKind: FindingKind | null;
  /** The finding's text, or the case-audit theme. */
  readonly text: string | null;
}

export interface BoardActionView {
  readonly id: number;
  readonly title: string;
  readonly owner: string;
  readonly status: ActionStatus;
  readonly startDate: string;
  readonly targetDate: string;
  readonly rag: Rag;
  /** Why it is red or amber, in words. */
  readonly reasons: readonly string[];
  readonly source: ActionSourceView;
  readonly nextMilestone: { readonly id: number; readonly title: string; readonly due: string } | null;
  readonly overdueMilestones: number;
  readonly lastUpdate: { readonly by: string; readonly at: string; readonly summary: string; readonly progress: number } | null;
  readonly topRisk: { readonly score: number; readonly rag: RiskRag } | null;
}

export interface BoardView {
  readonly la: string;
  /** The day the RAGs are worked out for. */
  readonly today: string;
  /** The actions shown, red and overdue first. */
  readonly actions: readonly BoardActionView[];
  /** How many actions the plan has in all, whatever the filter. */
  readonly total: number;
  /** Every owner in the plan, to filter by. */
  readonly owners: readonly string[];
}

export interface MilestoneView {
  readonly id: number;
  readonly title: string;
  readonly due: string;
  readonly doneOn: string | null;
  readonly addedOn: string;
  readonly overdue: boolean;
}

export type UpdateView = WeeklyUpdate;

export interface RiskView extends Risk {
  readonly score: number;
  readonly rag: RiskRag;
}

/** One kept change: in words, and as stored (before and after). */
export interface HistoryView extends Omit<HistoryEntry, 'actionId'> {
  readonly what: string;
}

/** A linked indicator's recent trend: figures only. */
export interface LinkedIndicatorView {
  readonly id: string;
  readonly title: string;
  readonly unit: 'percent' | 'rate-per-10000' | 'count' | 'days';
  readonly polarity: 'higher-is-better' | 'lower-is-better' | 'context';
  /** False when there are no figures (no returns yet, or the indicator cannot be worked out); `reason` says why. */
  readonly available: boolean;
  readonly reason: string | null;
  /** The last 12 months, month by month, and every year the returns reach. */
  readonly months: readonly FigureView[];
  readonly years: readonly FigureView[];
}

export interface ActionView extends BoardActionView {
  readonly description: string;
  readonly completedOn: string | null;
  readonly indicatorIds: readonly string[];
  readonly createdBy: string;
  readonly createdAt: string;
  readonly milestones: readonly MilestoneView[];
  /** Newest first. */
  readonly updates: readonly UpdateView[];
  /** Open risks highest score first, then closed ones. */
  readonly risks: readonly RiskView[];
  /** Newest first. */
  readonly history: readonly HistoryView[];
  readonly indicators: readonly LinkedIndicatorView[];
}

/** An inspection finding, to turn into an action, with the actions that already answer it. */
export interface FindingView {
  readonly id: number;
  readonly inspectionId: number;
  readonly kind: FindingKind;
  readonly seq: number;
  readonly text: string;
  readonly actions: readonly { readonly id: number; readonly title: string }[];
}

export interface WeeklyReportView extends WeeklyReport {
  readonly la: string;
}

/** An indicator that an action may be linked to. */
export interface IndicatorChoice {
  readonly id: string;
  readonly title: string;
}
