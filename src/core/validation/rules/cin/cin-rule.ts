import type { ChildIdentifiersField } from '../../../model/child.ts';
import type {
  AssessmentField, Assessment, CINdetails, CINdetailsField, CINPlanDates, CPPreview, ChildProtectionPlan,
  ChildProtectionPlanField, CinChild, CinHeader, CinHeaderField, Section47, Section47Field,
} from '../../../model/cin.ts';
import { collectionStart, endYearOf, referenceDate as censusReferenceDate, type CollectionYear } from '../../../model/collection-year.ts';
import type { IsoDate } from '../../../model/dates.ts';
import { workingDaysBetween } from '../../../calendar/working-days.ts';
import { cellOf, cellWith } from '../../cells.ts';
import type { Cell, Report, Rule, RuleMeta } from '../../types.ts';

/** What every CIN rule may look at besides the child: the year, the header and the census period. */
export interface CinContext {
  readonly year: CollectionYear;
  /** The calendar year the census ends in (2024 for 2023/24), for code lists and age cut-offs. */
  readonly endYear: number;
  /** Null when the file had no header. */
  readonly header: CinHeader | null;
  /** 1 April at the start of the collection year. */
  readonly collectionStart: IsoDate;
  /** The end of the census period: 31 March, or an earlier date for a check part-way through the year. */
  readonly referenceDate: IsoDate;
}

export type CinRule = Rule<CinChild, CinContext>;

export function cinContext(options: { readonly year: CollectionYear; readonly header: CinHeader | null; readonly referenceDate?: IsoDate }): CinContext {
  return {
    year: options.year,
    endYear: endYearOf(options.year),
    header: options.header,
    collectionStart: collectionStart(options.year),
    referenceDate: options.referenceDate ?? censusReferenceDate(options.year),
  };
}

/** The census years Sightline has CIN rules for. */
export const CIN_YEARS = ['2022/23', '2023/24', '2024/25', '2025/26'] as const satisfies readonly CollectionYear[];

/** The element groups under CINdetails that a rule may declare it reads (see `Rule.reads`). */
export type CinPart = 'Assessments' | 'CINPlanDates' | 'Section47' | 'ChildProtectionPlans' | 'Reviews';

/** The element groups in the order of `cinPartsWithRows`' bits. */
export const CIN_PARTS: readonly CinPart[] = ['Assessments', 'CINPlanDates', 'Section47', 'ChildProtectionPlans', 'Reviews'];

/** Which groups any of the child's episodes has an element of, as bits in the order of `CIN_PARTS` (CP plan reviews are under the plans). */
export function cinPartsWithRows(child: CinChild): number {
  let bits = 0;
  const episodes = child.CINdetails;
  for (let i = 0; i < episodes.length; i++) {
    const e = episodes[i]!;
    if (e.Assessments.length > 0) bits |= 1;
    if (e.CINPlanDates.length > 0) bits |= 2;
    if (e.Section47.length > 0) bits |= 4;
    const plans = e.ChildProtectionPlans;
    if (plans.length > 0) bits |= 8;
    for (let j = 0; j < plans.length; j++) if (plans[j]!.Reviews.length > 0) bits |= 16;
  }
  return bits;
}

/** How many elements of one group the child's episodes hold between them (rules on overlaps need two). */
export function countAcross(child: CinChild, part: Exclude<CinPart, 'Reviews'>): number {
  let n = 0;
  for (let i = 0; i < child.CINdetails.length; i++) n += child.CINdetails[i]![part].length;
  return n;
}

/** The engine's view of a child's parts. */
export const cinParts = { names: CIN_PARTS, present: cinPartsWithRows };

/**
 * A rule that looks at one child at a time. `reads` names the groups it looks at when it finds nothing in a
 * child with none of them, so the engine can pass such a child by.
 */
export function childRule(meta: RuleMeta, check: (child: CinChild, context: CinContext, report: Report) => void, reads?: readonly CinPart[]): CinRule {
  return { meta, ...(reads ? { reads } : {}), start: () => ({ record: check }) };
}

/** A rule about the header, checked once. */
export function headerRule(meta: RuleMeta, check: (header: CinHeader | null, context: CinContext, report: Report) => void): CinRule {
  return { meta, start: (context) => ({ finish: (report) => check(context.header, context, report) }) };
}

export function inCensusYear(context: CinContext, date: IsoDate): boolean {
  return date >= context.collectionStart && date <= context.referenceDate;
}

/** Cells of the CIN element groups, named as the DfE names them. */
export const at = {
  /** A header field; a file with no header has every field missing. */
  header: (h: CinHeader | null, f: CinHeaderField): Cell => (h ? cellOf('Header', h, f) : { table: 'Header', field: f, value: null }),
  child: (c: CinChild, f: ChildIdentifiersField): Cell => cellOf('ChildIdentifiers', c.ChildIdentifiers, f),
  ethnicity: (c: CinChild): Cell => cellOf('ChildCharacteristics', c.ChildCharacteristics, 'Ethnicity'),
  /** One Disability code (or the missing group when code is null). */
  disability: (c: CinChild, code: string | null): Cell => ({ ...cellWith('Disabilities', c.ChildCharacteristics, 'Disabilities', code), field: 'Disability' }),
  episode: (e: CINdetails, f: CINdetailsField): Cell => cellOf('CINdetails', e, f),
  assessment: (a: Assessment, f: AssessmentField): Cell => cellOf('Assessments', a, f),
  /** One AssessmentFactors code. */
  factor: (a: Assessment, code: string): Cell => cellWith('Assessments', a, 'AssessmentFactors', code),
  plan: (p: CINPlanDates, f: 'CINPlanStartDate' | 'CINPlanEndDate'): Cell => cellOf('CINPlanDates', p, f),
  s47: (s: Section47, f: Section47Field): Cell => cellOf('Section47', s, f),
  cpp: (p: ChildProtectionPlan, f: ChildProtectionPlanField): Cell => cellOf('ChildProtectionPlans', p, f),
  review: (r: CPPreview): Cell => cellOf('Reviews', r, 'CPPreviewDate'),
};

/** An initial child protection conference: its date, and the cell that gives it (made only when a rule reports it). */
export class InitialConference {
  readonly date: IsoDate;
  readonly #episode: CINdetails;
  readonly #enquiry: Section47 | null;

  constructor(date: IsoDate, episode: CINdetails, enquiry: Section47 | null) {
    this.date = date;
    this.#episode = episode;
    this.#enquiry = enquiry;
  }

  get cell(): Cell {
    return this.#enquiry ? at.s47(this.#enquiry, 'DateOfInitialCPC') : at.episode(this.#episode, 'DateOfInitialCPC');
  }
}

const NO_CONFERENCES: readonly InitialConference[] = Object.freeze([]);

/** Every initial child protection conference of an episode: the one at CINdetails level and those of its Section 47 enquiries. */
export function initialConferences(e: CINdetails): readonly InitialConference[] {
  let found: InitialConference[] | null = null;
  if (e.DateOfInitialCPC !== null) (found ??= []).push(new InitialConference(e.DateOfInitialCPC, e, null));
  for (let i = 0; i < e.Section47.length; i++) {
    const s = e.Section47[i]!;
    if (s.DateOfInitialCPC !== null) (found ??= []).push(new InitialConference(s.DateOfInitialCPC, e, s));
  }
  return found ?? NO_CONFERENCES;
}

/** The first day of the working-day calendar; a date before it is decades before any census timescale. */
const CALENDAR_START = '1990-01-01';

/**
 * Working days from one date to another as the DfE counts timescales, for "more than N working days"
 * checks: 0 when `from` is after `to`, and Infinity for a date before the calendar begins (a mistyped
 * year), so no date the file holds can make a rule throw.
 */
export function workingDaysSince(from: IsoDate, to: IsoDate): number {
  if (from > to) return 0;
  return from < CALENDAR_START ? Number.POSITIVE_INFINITY : workingDaysBetween(from, to);
}
