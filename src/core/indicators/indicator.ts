import type { IsoDate } from '../model/dates.ts';
import type { ChildFacts } from './child-facts.ts';
import type { Period } from './period.ts';

/** Where a definition or a figure comes from: a title a person can search for and its address. */
export interface SourceRef {
  readonly title: string;
  readonly url: string;
}

export interface Definition {
  /** The definition in words: what is counted, over what, and when. */
  readonly text: string;
  /** The published definition it follows; null for a measure Sightline defines itself. */
  readonly source: SourceRef | null;
  /** Which of the variants in use this is, and what it deliberately leaves out. */
  readonly variant: string;
}

/**
 * percent: numerator over denominator × 100. rate-per-10000: cases per 10,000 children aged 0–17 (the
 * council's own population figure). count: cases. days: a statistic of per-case values.
 */
export type Unit = 'percent' | 'rate-per-10000' | 'count' | 'days';

/** Whether a higher value is better; `context` when neither direction is good in itself (rates of activity). */
export type Polarity = 'higher-is-better' | 'lower-is-better' | 'context';

/** The council's 0–17 population, as it enters it, with where the figure comes from. */
export interface Population {
  readonly count: number;
  readonly source: string;
  readonly year?: number;
}

/** Places postcodes: coordinates and, when the lookup knows it, the three-digit DfE code of the council area. */
export interface PostcodeLookup {
  locate(postcode: string): { readonly latitude: number; readonly longitude: number; readonly la?: string } | null;
}

export interface IndicatorContext {
  /** The date the figures are computed at: nothing after it is counted. */
  readonly at: IsoDate;
  readonly population0to17?: Population;
  readonly postcodes?: PostcodeLookup;
}

/**
 * One thing counted about one child: an event (a referral, an assessment) or the child's state on a date
 * (looked after on 31 March). `counted` says whether it is in the numerator; for rates and counts every
 * instance is. `key` names the chronology event it is about, so that a number links back to the record.
 */
export interface Instance {
  readonly key: string;
  /** The date that places the instance in a period (an event's date; for a state, the snapshot date). */
  readonly date: IsoDate;
  readonly counted: boolean;
  /** Per-case value, for medians and duration bands (e.g. working days). */
  readonly value?: number;
  /** Primary need at the instance, where the record gives one; otherwise the child's latest before the date. */
  readonly need?: string | null;
}

/** The empty answer, shared: most children have nothing to count in most periods. */
export const NONE: readonly Instance[] = Object.freeze([]);

export interface Band {
  readonly label: string;
  readonly min: number;
  /** Inclusive; Infinity for the open top band. */
  readonly max: number;
}

interface IndicatorBase {
  readonly id: string;
  readonly title: string;
  readonly definition: Definition;
  readonly unit: Unit;
  readonly polarity: Polarity;
  /** Month figures make sense only for measures with events through the year (care leaver information is annual). */
  readonly monthly: boolean;
  /** How far before a period the measure looks (re-referrals: 12 months), to warn when the returns do not reach back so far. */
  readonly lookbackMonths?: number;
  /** For unit `days`: which statistic of the per-case values is the figure. */
  readonly statistic?: 'median' | 'mean';
  /** Distribution bands of the per-case values (DfE assessment duration bands). */
  readonly bands?: readonly Band[];
  /** Says what is missing when the context cannot support the measure (no postcode lookup, say); null when it can. */
  readonly needs?: (context: IndicatorContext) => string | null;
}

/** Counted from dated events: every instance is found once and placed in each period by its date. */
export interface EventIndicator extends IndicatorBase {
  readonly kind: 'events';
  /** Every instance for the child up to and including `context.at`. */
  instances(child: ChildFacts, context: IndicatorContext): readonly Instance[];
}

/** Counted afresh for each period: a state on its last day (looked after at 31 March) or over the whole period. */
export interface PeriodIndicator extends IndicatorBase {
  readonly kind: 'periods';
  instances(child: ChildFacts, period: Period, context: IndicatorContext): readonly Instance[];
  /** The answer depends only on the period's last day (a state on that day), so periods ending together share it. */
  readonly onLastDay: boolean;
  /** Cheap test that lets the engine skip children the measure cannot concern (no period of care, say). */
  concerns(child: ChildFacts): boolean;
}

/** A measure the CIN census and SSDA903 cannot support: says which data it needs instead of showing a number. */
export interface UnavailableIndicator extends IndicatorBase {
  readonly kind: 'unavailable';
  readonly reason: string;
}

export type Indicator = EventIndicator | PeriodIndicator | UnavailableIndicator;

/** DfE sources the indicator modules cite. */
export const SOURCES = {
  cinStatistics: { title: 'Children in need, reporting year 2024 (Explore education statistics)', url: 'https://explore-education-statistics.service.gov.uk/find-statistics/children-in-need/2024' },
  cinMethodology: { title: 'Children in need methodology (Explore education statistics)', url: 'https://explore-education-statistics.service.gov.uk/methodology/children-in-need' },
  reReferrals: { title: 'Children in need: a focus on re-referrals, methodology', url: 'https://explore-education-statistics.service.gov.uk/methodology/children-in-need-a-focus-on-re-referrals' },
  assessmentsC2: { title: 'C2 Completed assessments by duration of assessment and local authority', url: 'https://explore-education-statistics.service.gov.uk/data-catalogue/data-set/3fb5a93d-1eb3-4f3a-bdd0-5caea4556ce6' },
  cpPlansD1: { title: 'D1 Child Protection Plans by local authority', url: 'https://explore-education-statistics.service.gov.uk/data-catalogue/data-set/0183a28b-6a55-4eff-aa08-33cc14f3a5bb' },
  cpPlansD7: { title: 'D7 Child Protection Plans ending during the year by duration and local authority', url: 'https://explore-education-statistics.service.gov.uk/data-catalogue/data-set/04a78d29-2196-4bea-bf95-7a2eced5d0d5' },
  secondPlanLgInform: { title: 'LG Inform metric 100: children who became the subject of a plan for a second or subsequent time (%)', url: 'http://id.esd.org.uk/metricType/100' },
  cinCensusReports: { title: 'Children in need census 2016 to 2017: reports specification (COLLECT key indicators)', url: 'https://www.gov.uk/government/publications/children-in-need-census-2016-to-2017-reports-specification' },
  lookedAfter: { title: 'Children looked after in England including adoptions, reporting year 2024', url: 'https://explore-education-statistics.service.gov.uk/find-statistics/children-looked-after-in-england-including-adoptions/2024' },
  lookedAfterGuidance: { title: 'Children looked after in England including adoptions 2025: data guidance', url: 'https://explore-education-statistics.service.gov.uk/find-statistics/children-looked-after-in-england-including-adoptions/2025/data-guidance' },
  stability: { title: 'Stability measures for children looked after in England, reporting year 2024', url: 'https://explore-education-statistics.service.gov.uk/find-statistics/stability-measures-for-children-looked-after-in-england/2024' },
} as const satisfies Record<string, SourceRef>;
