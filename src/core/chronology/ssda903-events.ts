import { referenceDate } from '../model/collection-year.ts';
import type { ChildJourney, Source, Sourced } from '../model/journey.ts';
import { Drafts, type EventDraft } from './draft.ts';

/**
 * The events the SSDA903 tables other than episodes tell about one child (episodes are reconciled
 * across years first: see episodes.ts and care-spans.ts).
 */
export function ssda903Events(la: ChildJourney['lookedAfter']): EventDraft[] {
  const drafts: EventDraft[] = [];
  const each = <T>(rows: readonly Sourced<T>[], add: (d: Drafts, r: T, source: Source) => void) => {
    for (const { source, record } of rows) {
      const d = new Drafts(source);
      add(d, record, source);
      drafts.push(...d.list);
    }
  };
  each(la.header, (d, r) => d.add('born', 'child', r.DOB, { date: r.DOB }, r.line));
  each(la.reviews, (d, r) => d.add('looked-after-review', r.REVIEW ?? '', r.REVIEW, { REVIEW_CODE: r.REVIEW_CODE }, r.line));
  each(la.missing, (d, r) => {
    d.add(r.MISSING === 'A' ? 'away-without-authorisation' : 'missing', r.MIS_START ?? '', r.MIS_START, { MISSING: r.MISSING, MIS_END: r.MIS_END }, r.line);
    d.add('returned', r.MIS_START ?? '', r.MIS_END, { date: r.MIS_END, MIS_START: r.MIS_START }, r.line);
  });
  each(la.uasc, (d, r) => d.add('ceased-to-be-uasc', 'child', r.DUC, { date: r.DUC }, r.line));
  each(la.ad1, (d, r) => {
    d.add('placed-for-adoption-decision', r.DATE_INT ?? '', r.DATE_INT, { FOSTER_CARE: r.FOSTER_CARE }, r.line);
    d.add('matched-for-adoption', r.DATE_MATCH ?? '', r.DATE_MATCH, { NB_ADOPTR: r.NB_ADOPTR, SEX_ADOPTR: r.SEX_ADOPTR, LS_ADOPTR: r.LS_ADOPTR }, r.line);
  });
  each(la.placed_for_adoption, (d, r) => {
    d.add('placed-for-adoption-decision', r.DATE_PLACED ?? '', r.DATE_PLACED, {}, r.line);
    d.add('adoption-decision-reversed', r.DATE_PLACED ?? '', r.DATE_PLACED_CEASED, { date: r.DATE_PLACED_CEASED, REASON_PLACED_CEASED: r.REASON_PLACED_CEASED }, r.line);
  });
  // Care leaver information is collected around the young person's birthday in the year; the return
  // gives no date, so it is placed at the year's end.
  each(la.oc3, (d, r, source) => d.add('care-leaver-information', source.year, referenceDate(source.year), { IN_TOUCH: r.IN_TOUCH, ACTIV: r.ACTIV, ACCOM: r.ACCOM }, r.line));
  each(la.social_worker, (d, r) => d.add('social-worker-changed', r.SW_DECOM ?? '', r.SW_DECOM, { SW_ID: r.SW_ID, SW_REASON: r.SW_REASON, SW_DEC: r.SW_DEC }, r.line));
  each(la.dolo, (d, r) => {
    d.add('deprivation-of-liberty-started', r.DOLO_START ?? '', r.DOLO_START, {}, r.line);
    d.add('deprivation-of-liberty-ended', r.DOLO_START ?? '', r.DOLO_END, { date: r.DOLO_END, DOLO_START: r.DOLO_START }, r.line);
  });
  return drafts;
}
