import type { SourceRef } from '../indicators/indicator.ts';

/**
 * Published England figures for Sightline's indicators, each with its source, as collected in
 * shared/design/indicators.md §2. Only figures found in a source are here; a year or an indicator
 * without a figure is unknown, never estimated. Years are collection years by end year (2025 = 2024/25).
 */
export interface PublishedFigure {
  readonly indicatorId: string;
  readonly year: number;
  readonly value: number;
  readonly numerator?: number;
  readonly denominator?: number;
  readonly source: SourceRef;
  /** Worked out here from the counts in the cited data set, rather than printed in it. */
  readonly calculated?: boolean;
  /** Reported by a secondary source (press, a blog) citing the DfE, not read from the DfE's own tables. */
  readonly secondary?: boolean;
  readonly note?: string;
}

const C2 = { title: 'C2 Completed assessments by duration of assessment and local authority (Explore education statistics)', url: 'https://explore-education-statistics.service.gov.uk/data-catalogue/data-set/3fb5a93d-1eb3-4f3a-bdd0-5caea4556ce6' };
const RE_REFERRALS_2024 = { title: 'Children in need: a focus on re-referrals, reporting year 2024 (Explore education statistics)', url: 'https://explore-education-statistics.service.gov.uk/find-statistics/children-in-need-a-focus-on-re-referrals' };
const SWT_2025 = { title: "Social Work Today, 'Calls to better support parents as children in need numbers rise', 3 Nov 2025", url: 'https://www.socialworktoday.co.uk/News/calls-to-better-support-parents-as-children-in-need-numbers-rise' };
const D7 = { title: 'D7 Child Protection Plans ending during the year by duration and local authority (Explore education statistics)', url: 'https://explore-education-statistics.service.gov.uk/data-catalogue/data-set/04a78d29-2196-4bea-bf95-7a2eced5d0d5' };
const D7_OLD = { title: 'D7 Child Protection Plans Ending in year by Length of Time, 2013-2020 (Explore education statistics)', url: 'https://explore-education-statistics.service.gov.uk/data-catalogue/data-set/14b5b575-3dd9-4fe9-b2ee-39718c0c5e50' };
const CLA_2024 = { title: 'Children looked after in England including adoptions, reporting year 2024 (Explore education statistics)', url: 'https://explore-education-statistics.service.gov.uk/find-statistics/children-looked-after-in-england-including-adoptions/2024' };
const STABILITY = { title: 'Placement stability by local authority (Explore education statistics)', url: 'https://explore-education-statistics.service.gov.uk/data-catalogue/data-set/68c7a1f2-7dd9-42d4-9794-e94203e311f0' };
const BROOKMAN = { title: "Brookman, 'Child protection plans on the rise' (citing DfE children in need 2015)", url: 'https://www.brookman.co.uk/blog/child-protection-plans-on-the-rise' };
const SUITABLE = { title: 'National - Care leavers by whether their accommodation is suitable (Explore education statistics table tool)', url: 'https://explore-education-statistics.service.gov.uk/data-tables/fast-track/1da0616c-365c-4fea-9b91-f97ab87eee6a' };
const CYP_LEAVING = { title: "CYP Now, 'Leaving care special report' (citing DfE 2020/21)", url: 'https://www.cypnow.co.uk/content/features/leaving-care-special-report' };

export const ENGLAND_FIGURES: readonly PublishedFigure[] = [
  { indicatorId: 'assessments-45-working-days', year: 2025, value: 85.7, numerator: 555_820, denominator: 648_830, source: C2, calculated: true, note: 'bands same day to 41-45 days; median 33 working days' },
  { indicatorId: 're-referrals', year: 2024, value: 22.4, numerator: 139_080, denominator: 621_880, source: RE_REFERRALS_2024, calculated: true, note: 'published as 22% (longitudinal CIN dataset method)' },
  { indicatorId: 're-referrals', year: 2025, value: 22.6, source: SWT_2025, secondary: true },
  { indicatorId: 'cp-plans-ending-2-years', year: 2020, value: 3.6, numerator: 2_420, denominator: 66_970, source: D7_OLD, calculated: true },
  { indicatorId: 'cp-plans-ending-2-years', year: 2025, value: 4.4, numerator: 2_710, denominator: 62_300, source: D7, calculated: true },
  { indicatorId: 'looked-after-rate', year: 2024, value: 70, numerator: 83_630, source: CLA_2024 },
  { indicatorId: 'placements-3-or-more-2-years', year: 2024, value: 23, numerator: 13_700, denominator: 60_430, source: STABILITY },
  { indicatorId: 'long-term-stability', year: 2024, value: 68, numerator: 19_750, denominator: 29_000, source: STABILITY },
  { indicatorId: 'cp-plans-second-time', year: 2014, value: 13.3, source: BROOKMAN, secondary: true },
  { indicatorId: 'cp-plans-second-time', year: 2015, value: 16.6, source: BROOKMAN, secondary: true },
  { indicatorId: 'cp-reviews-on-time', year: 2014, value: 94.6, source: BROOKMAN, secondary: true },
  { indicatorId: 'cp-reviews-on-time', year: 2015, value: 94, source: BROOKMAN, secondary: true },
  { indicatorId: 'care-leavers-suitable-accommodation', year: 2018, value: 84, source: SUITABLE },
  { indicatorId: 'care-leavers-suitable-accommodation', year: 2019, value: 85, source: SUITABLE },
  { indicatorId: 'care-leavers-in-touch', year: 2021, value: 91, source: CYP_LEAVING, secondary: true },
];
