import type { IsoDate } from '../model/dates.ts';
import {
  COMBINED_CARE_LEAVERS_CAVEAT, GRADED_KINDS, JUDGEMENT_SHORT_NAMES, SIF_MAPPING_CAVEAT, UNVERIFIED_CAVEAT,
  type Framework, type Grade, type InspectionKind, type Judgement, type PublishedInspection,
} from './model.ts';
import type { RecordedInspection } from './recorded.ts';

/** Where the scrape tool's repository was when the history was taken: report paths are links into it. */
const SCRAPE_TOOL_SNAPSHOT = 'https://github.com/data-to-insight/ofsted-ilacs-scrape-tool/blob/15af1ad55ef4ecf0c314cf9edef12bd5bc1230a3/';

/** One inspection or visit on a council's timeline: from Ofsted's published history, the council's own record, or both. */
export interface TimelineEntry {
  /** Stable: `ofsted <la> <start>` or `record <id>`. */
  readonly key: string;
  /** 'inspection' for the published history, which does not say short or standard. */
  readonly kind: InspectionKind | 'inspection';
  /** Null for a visit the council recorded. */
  readonly framework: Framework | null;
  readonly start: IsoDate;
  readonly end: IsoDate | null;
  readonly published: IsoDate | null;
  /** Where the entry sits in time on a chart: when its judgements were published, or else when it ended or started. */
  readonly at: IsoDate;
  readonly judgements: readonly Judgement[];
  readonly careLeaversCombined: boolean;
  /** False only for published grades not checked against the report. */
  readonly verified: boolean;
  readonly fromOfsted: boolean;
  /** The council's own record of it, if any. */
  readonly recordId: number | null;
  readonly focus: string | null;
  readonly reportLink: string | null;
  readonly caveats: readonly string[];
}

/** A link to the report: a PDF in the scrape tool's repository, or Ofsted's own address. */
export function reportLink(sourceRef: string): string {
  if (/^https:\/\//.test(sourceRef)) return sourceRef;
  return SCRAPE_TOOL_SNAPSHOT + sourceRef.split('/').map(encodeURIComponent).join('/');
}

export const overallGrade = (judgements: readonly Judgement[]): Grade | null => judgements.find((j) => j.type === 'overall-effectiveness')?.grade ?? null;

/** A published inspection as a timeline shows it, with its caveats and report link. */
export function publishedEntry(p: PublishedInspection): TimelineEntry {
  return {
    key: `ofsted ${p.la} ${p.start}`,
    kind: 'inspection',
    framework: p.framework,
    start: p.start,
    end: p.end,
    published: p.published,
    at: p.published,
    judgements: p.judgements,
    careLeaversCombined: p.careLeaversCombined,
    verified: p.verified,
    fromOfsted: true,
    recordId: null,
    focus: null,
    reportLink: reportLink(p.sourceRef),
    caveats: [
      ...(p.framework === 'SIF' ? [SIF_MAPPING_CAVEAT] : []),
      ...(p.careLeaversCombined ? [COMBINED_CARE_LEAVERS_CAVEAT] : []),
      ...(p.verified ? [] : [UNVERIFIED_CAVEAT]),
    ],
  };
}

function fromRecord(r: RecordedInspection): TimelineEntry {
  const graded = GRADED_KINDS.includes(r.kind);
  return {
    key: `record ${r.id}`,
    kind: r.kind,
    framework: graded ? 'ILACS' : null,
    start: r.start,
    end: r.end,
    published: r.published,
    at: r.published ?? r.end,
    judgements: r.judgements,
    careLeaversCombined: graded && r.judgements.length > 0 && !r.judgements.some((j) => j.type === 'care-leavers'),
    verified: true,
    fromOfsted: false,
    recordId: r.id,
    focus: r.focus,
    reportLink: r.reportUrl,
    caveats: [],
  };
}

/** Whether the council's record and a published inspection are the same inspection: a graded kind whose dates overlap. */
function sameInspection(r: RecordedInspection, p: PublishedInspection): boolean {
  return GRADED_KINDS.includes(r.kind) && r.start <= (p.end ?? p.start) && p.start <= r.end;
}

/**
 * A council's inspections and visits, oldest first: Ofsted's published history and what the council has
 * recorded. A recorded inspection that is also in the published history appears once, with the published
 * grades (the national reference) and a link to the council's record; where the two disagree, it says so.
 */
export function councilTimeline(la: string, history: readonly PublishedInspection[], recorded: readonly RecordedInspection[]): TimelineEntry[] {
  const published = history.filter((p) => p.la === la);
  const own = recorded.filter((r) => r.la === la);
  const matched = new Set<number>();
  const entries = published.map((p) => {
    const record = own.find((r) => !matched.has(r.id) && sameInspection(r, p));
    const entry = publishedEntry(p);
    if (!record) return entry;
    matched.add(record.id);
    const differing = record.judgements.filter((j) => p.judgements.find((q) => q.type === j.type)?.grade !== j.grade);
    return {
      ...entry,
      recordId: record.id,
      caveats: [
        ...entry.caveats,
        ...(differing.length ? [`The council's record grades ${differing.map((j) => JUDGEMENT_SHORT_NAMES[j.type].toLowerCase()).join(', ')} differently from the published history.`] : []),
      ],
    };
  });
  return [...entries, ...own.filter((r) => !matched.has(r.id)).map(fromRecord)].sort((a, b) => a.start.localeCompare(b.start) || a.key.localeCompare(b.key));
}
