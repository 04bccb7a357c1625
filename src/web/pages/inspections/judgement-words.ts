import { GRADE_NAMES, KIND_NAMES, type Grade, type JudgementType } from '../../../core/inspections/model.ts';
import type { TimelineEntry } from '../../../core/inspections/timeline.ts';
import { date } from '../../format.ts';

/** How the inspection pages put a timeline entry's grades, kind and dates into words. */

export const gradeOf = (e: Pick<TimelineEntry, 'judgements'>, type: JudgementType): Grade | null => e.judgements.find((j) => j.type === type)?.grade ?? null;

/** A judgement as a table cell says it, including why there is none. */
export function gradeWords(e: Pick<TimelineEntry, 'judgements' | 'careLeaversCombined' | 'kind'>, type: JudgementType): string {
  const grade = gradeOf(e, type);
  if (grade) return GRADE_NAMES[grade];
  if (type === 'care-leavers' && e.careLeaversCombined) return 'With children in care';
  if (e.judgements.length === 0) return e.kind === 'inspection' || e.kind.endsWith('-inspection') ? 'Not recorded' : 'Not graded';
  return 'Not known';
}

export function kindWords(e: Pick<TimelineEntry, 'kind' | 'framework'>): string {
  if (e.kind === 'inspection') return `Inspection (${e.framework ?? 'ILACS'})`;
  return KIND_NAMES[e.kind];
}

export function dateRange(start: string, end: string | null): string {
  return end && end !== start ? `${date(start)} to ${date(end)}` : date(start);
}
