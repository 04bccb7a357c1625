import type { CINdetails } from '../model/cin.ts';
import type { IsoDate } from '../model/dates.ts';
import type {
  Ad1, Episode, Missing, PlacedForAdoption, PreviousPermanence, Review, SocialWorkerEpisode,
} from '../model/ssda903.ts';

/**
 * A synthetic child's whole life as children's services saw it, with every date as it really fell,
 * including dates after the returns' reference dates. Snapshots cut it into returns; nothing here is
 * blanked or made year-specific.
 */
export interface Person {
  readonly childId: string;
  readonly birth: IsoDate;
  /** Set when the child was first referred before birth: the date the birth was expected. */
  readonly expectedBirth: IsoDate | null;
  readonly sex: 'M' | 'F';
  readonly ethnicity: string;
  /** Empty when the Disabilities group is absent. */
  readonly disabilities: readonly string[];
  /** The UPN the child gets on starting school; null for children never in an English maintained school. */
  readonly upn: string | null;
  /** Why there is no UPN when there is none (UN1 applies anyway before school age). */
  readonly upnUnknown: string;
  /** For a girl who becomes a mother while looked after: her child's birth date. */
  readonly childBorn: IsoDate | null;
  readonly homePostcode: string;
}

/** One period of care: `S` episode to the first episode that does not end with X1. */
export interface PeriodOfCare {
  readonly start: IsoDate;
  /** The date care ended (it may fall after the last reference date). */
  readonly end: IsoDate;
  readonly episodes: readonly Episode[];
  readonly reviews: readonly Review[];
  readonly missing: readonly Missing[];
  readonly socialWorkers: readonly SocialWorkerEpisode[];
  readonly previousPermanence: PreviousPermanence;
  readonly placedForAdoption: PlacedForAdoption | null;
  readonly adoption: Ad1 | null;
  /** Date the child stopped being an unaccompanied asylum-seeking child, for UASC. */
  readonly uascUntil: IsoDate | null;
  /** Short breaks (V3): excluded from reviews, OC2 and most measures. */
  readonly shortBreaks: boolean;
}

export interface Life {
  readonly person: Person;
  readonly cin: readonly CINdetails[];
  readonly care: readonly PeriodOfCare[];
}
