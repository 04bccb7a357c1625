import { addMonths, type IsoDate } from '../model/dates.ts';
import { GRADE_NAMES } from './model.ts';
import { overallGrade, type TimelineEntry } from './timeline.ts';

/** What the ILACS rules lead one to expect next. */
export interface NextInspection {
  readonly expected: 'short-inspection' | 'standard-inspection' | 're-inspection' | 'not known';
  /** The last full inspection the estimate rests on (its timeline key), or null when there is none. */
  readonly basis: string | null;
  /** Six months either side of the three-year anniversary; null when the rules set no window. */
  readonly window: { readonly from: IsoDate; readonly anniversary: IsoDate; readonly to: IsoDate } | null;
  /** Where today falls against the window. */
  readonly status: 'before the window' | 'in the window' | 'window passed' | null;
  /** The reasoning in sentences, to show as it is. */
  readonly reasoning: readonly string[];
}

const UNANNOUNCED = 'This is an estimate from the ILACS rules, not Ofsted’s schedule: inspections are unannounced.';

/** "24 January 2020". */
const day = (iso: IsoDate) => new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * The next inspection from the ILACS rules ("Inspecting local authority children's services", GOV.UK,
 * 2018, updated 2024): a council judged good or outstanding has a short inspection (about a week); one
 * judged requires improvement a standard inspection (about two weeks); both usually within six months
 * either side of the three-year anniversary of the last inspection, counted here from its last day of
 * fieldwork. A council judged inadequate has monitoring visits and is re-inspected when Ofsted judges
 * it ready: the rules set no window, so none is given. Only full inspections count: visits do not reset
 * the cycle.
 */
export function nextInspection(timeline: readonly TimelineEntry[], today: IsoDate): NextInspection {
  const full = timeline.filter((e) => e.kind === 'inspection' || e.kind === 'standard-inspection' || e.kind === 'short-inspection');
  const last = full.reduce<TimelineEntry | null>((a, b) => (!a || b.start > a.start ? b : a), null);
  if (!last) return { expected: 'not known', basis: null, window: null, status: null, reasoning: ['No inspection of the council is recorded, so there is nothing to count from.', UNANNOUNCED] };
  const ended = last.end ?? last.start;
  const lastWords = `The last inspection (${day(last.start)} to ${day(ended)})`;
  if (last.framework === 'SIF') {
    return {
      expected: 'not known', basis: last.key, window: null, status: null,
      reasoning: [`${lastWords} was under the single inspection framework; the ILACS three-year cycle counts from an ILACS inspection, so no window is estimated.`, UNANNOUNCED],
    };
  }
  const grade = overallGrade(last.judgements);
  if (grade === 'inadequate') {
    const visits = timeline.filter((e) => e.kind === 'monitoring-visit' && e.start > ended).length;
    return {
      expected: 're-inspection', basis: last.key, window: null, status: null,
      reasoning: [
        `${lastWords} judged overall effectiveness inadequate.`,
        'After an inadequate judgement Ofsted makes monitoring visits and re-inspects when it judges the council ready: the rules set no date or window for the re-inspection.',
        visits ? `The council has recorded ${visits} monitoring visit${visits === 1 ? '' : 's'} since.` : 'No monitoring visit since is recorded here.',
        UNANNOUNCED,
      ],
    };
  }
  const anniversary = addMonths(ended, 36);
  const window = { from: addMonths(anniversary, -6), anniversary, to: addMonths(anniversary, 6) };
  const status = today < window.from ? 'before the window' : today <= window.to ? 'in the window' : 'window passed';
  const expected = grade === 'requires improvement' ? 'standard-inspection' : grade ? 'short-inspection' : 'not known';
  return {
    expected, basis: last.key, window, status,
    reasoning: [
      grade
        ? `${lastWords} judged overall effectiveness ${GRADE_NAMES[grade].toLowerCase()}, so the next is ${expected === 'standard-inspection' ? 'a standard inspection (about two weeks on site)' : 'a short inspection (about one week on site)'}.`
        : `${lastWords} has no overall grade in the history, so whether the next is short or standard is not known.`,
      `Inspections usually fall within six months either side of the three-year anniversary of the last one: ${day(anniversary)}, so between ${day(window.from)} and ${day(window.to)}.`,
      ...(status === 'window passed' ? [`That window ended before today with no later inspection recorded: one may come at any time.`] : []),
      UNANNOUNCED,
    ],
  };
}
