import type { Indicator } from './indicator.ts';
import { adoptionTimeliness } from './measures/adoption-timeliness.ts';
import { assessments45WorkingDays } from './measures/assessments-45-working-days.ts';
import { careLeaversContact } from './measures/care-leavers-contact.ts';
import { careLeaversEet } from './measures/care-leavers-eet.ts';
import { careLeaversInTouch } from './measures/care-leavers-in-touch.ts';
import { careLeaversSuitableAccommodation } from './measures/care-leavers-suitable-accommodation.ts';
import { ceasedLookedAfter } from './measures/ceased-looked-after.ts';
import { contactsRate } from './measures/contacts-rate.ts';
import { cpPlansEnding2Years } from './measures/cp-plans-ending-2-years.ts';
import { cpPlansRate } from './measures/cp-plans-rate.ts';
import { cpPlansSecondTime } from './measures/cp-plans-second-time.ts';
import { cpReviewsOnTime } from './measures/cp-reviews-on-time.ts';
import { icpc15WorkingDays } from './measures/icpc-15-working-days.ts';
import { icpcRate } from './measures/icpc-rate.ts';
import { longTermStability } from './measures/long-term-stability.ts';
import { lookedAfterRate } from './measures/looked-after-rate.ts';
import { missingEpisodes } from './measures/missing-episodes.ts';
import { missingFromCare } from './measures/missing-from-care.ts';
import { placedOutOfArea } from './measures/placed-out-of-area.ts';
import { placedOver20Miles } from './measures/placed-over-20-miles.ts';
import { placements3OrMore2Years } from './measures/placements-3-or-more-2-years.ts';
import { placements3OrMore } from './measures/placements-3-or-more.ts';
import { reReferrals } from './measures/re-referrals.ts';
import { referralsNfa } from './measures/referrals-nfa.ts';
import { referralsRate } from './measures/referrals-rate.ts';
import { returnInterviews } from './measures/return-interviews.ts';
import { section47Rate } from './measures/section-47-rate.ts';
import { startedLookedAfter } from './measures/started-looked-after.ts';

/** Every indicator, in the order a child's journey meets them: front door, protection, care, leaving care. */
export const INDICATORS: readonly Indicator[] = [
  contactsRate,
  referralsRate,
  referralsNfa,
  reReferrals,
  assessments45WorkingDays,
  section47Rate,
  icpcRate,
  icpc15WorkingDays,
  cpPlansRate,
  cpPlansSecondTime,
  cpPlansEnding2Years,
  cpReviewsOnTime,
  lookedAfterRate,
  startedLookedAfter,
  ceasedLookedAfter,
  placements3OrMore,
  placements3OrMore2Years,
  longTermStability,
  placedOutOfArea,
  placedOver20Miles,
  missingFromCare,
  missingEpisodes,
  returnInterviews,
  careLeaversInTouch,
  careLeaversEet,
  careLeaversSuitableAccommodation,
  careLeaversContact,
  adoptionTimeliness,
];

const byId = new Map(INDICATORS.map((i) => [i.id, i]));

export function indicatorById(id: string): Indicator | undefined {
  return byId.get(id);
}
