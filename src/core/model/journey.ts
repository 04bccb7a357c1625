import type { AnnexARecord } from './annex-a.ts';
import type { ChildCharacteristics, ChildIdentifiers } from './child.ts';
import type { CINdetails } from './cin.ts';
import type { CollectionYear } from './collection-year.ts';
import type {
  Ad1, Dolo, Episode, Header903, Missing, Oc2, Oc3, PlacedForAdoption, PreviousPermanence, Review,
  SocialWorkerEpisode, Ssda903TableName, Uasc,
} from './ssda903.ts';

/** Which return said something: the dataset, its collection year and the file it came from. */
export interface Source {
  readonly dataset: 'cin' | 'ssda903' | 'annex-a';
  readonly year: CollectionYear;
  readonly file?: string;
  readonly table?: Ssda903TableName;
  readonly line?: number;
}

/** A record together with the return that said it. */
export interface Sourced<T> {
  readonly source: Source;
  readonly record: T;
}

/**
 * Everything the returns say about one child of one council, across years, before any merging: the
 * input to the chronology. Each year's CIN census and SSDA903 return contributes its own records, so
 * where two returns disagree both versions are still here.
 */
export interface ChildJourney {
  /** Three-digit DfE LA code. */
  readonly la: string;
  /** The LA's child id: `LAchildID` in the CIN census, `CHILD` in the SSDA903. */
  readonly childId: string;
  readonly cin: readonly Sourced<{
    readonly ChildIdentifiers: ChildIdentifiers;
    readonly ChildCharacteristics: ChildCharacteristics;
    readonly CINdetails: readonly CINdetails[];
  }>[];
  readonly lookedAfter: {
    readonly header: readonly Sourced<Header903>[];
    readonly episodes: readonly Sourced<Episode>[];
    readonly reviews: readonly Sourced<Review>[];
    readonly uasc: readonly Sourced<Uasc>[];
    readonly oc2: readonly Sourced<Oc2>[];
    readonly oc3: readonly Sourced<Oc3>[];
    readonly ad1: readonly Sourced<Ad1>[];
    readonly placed_for_adoption: readonly Sourced<PlacedForAdoption>[];
    readonly previous_permanence: readonly Sourced<PreviousPermanence>[];
    readonly missing: readonly Sourced<Missing>[];
    readonly social_worker: readonly Sourced<SocialWorkerEpisode>[];
    readonly dolo: readonly Sourced<Dolo>[];
  };
  /** The child's rows in each Annex A list, each with the snapshot it came from. Absent where no Annex A was loaded. */
  readonly annexA?: readonly Sourced<AnnexARecord>[];
}

