import type { IsoDate } from '../model/dates.ts';
import type { FindingKind, InspectionKind, Judgement } from './model.ts';

/** What a person enters to record (or correct) one of the council's own inspections or visits. */
export interface InspectionInput {
  readonly kind: InspectionKind;
  readonly start: IsoDate;
  readonly end: IsoDate;
  /** When the report or letter was published; null until it is. */
  readonly published: IsoDate | null;
  /** The theme of a focused visit or JTAI, or what an "other" visit was. */
  readonly focus: string | null;
  /** The report or letter on the web (https). */
  readonly reportUrl: string | null;
  /** Visits are not graded: only standard and short inspections have judgements. */
  readonly judgements: readonly Judgement[];
  /** In the report's order. A finding given with its id is kept (and stays linked to any improvement-plan action). */
  readonly findings: readonly { readonly id?: number | undefined; readonly kind: FindingKind; readonly text: string }[];
}

export interface RecordedFinding {
  readonly id: number;
  readonly kind: FindingKind;
  /** 1, 2, 3… in the report's order. */
  readonly seq: number;
  readonly text: string;
}

/** One of the council's own inspections or visits, as stored. */
export interface RecordedInspection extends Omit<InspectionInput, 'findings'> {
  readonly id: number;
  readonly la: string;
  readonly findings: readonly RecordedFinding[];
  readonly recordedBy: string;
  /** ISO date and time. */
  readonly recordedAt: string;
  readonly updatedBy: string;
  readonly updatedAt: string;
  /** 1 when first recorded, one more for each change. */
  readonly revision: number;
}

/** A record as one of its revisions keeps it: what it said, without who and when. */
export type InspectionVersion = Omit<RecordedInspection, 'id' | 'la' | 'recordedBy' | 'recordedAt' | 'updatedBy' | 'updatedAt' | 'revision'>;
