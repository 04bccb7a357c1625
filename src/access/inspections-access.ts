import { council } from '../core/benchmarks/benchmark.ts';
import { gradeDistributions, neighbourJudgements, type GradeDistribution } from '../core/inspections/comparisons.ts';
import { inspectionInputProblems, type InputProblem } from '../core/inspections/input-problems.ts';
import type { Grade, InspectionKind } from '../core/inspections/model.ts';
import { nextInspection, type NextInspection } from '../core/inspections/next-inspection.ts';
import { OFSTED_HISTORY, OFSTED_HISTORY_AS_AT } from '../core/inspections/ofsted-history.ts';
import type { InspectionInput, RecordedFinding, RecordedInspection } from '../core/inspections/recorded.ts';
import { revisionChanges } from '../core/inspections/revision-changes.ts';
import { councilTimeline, overallGrade, publishedEntry, type TimelineEntry } from '../core/inspections/timeline.ts';
import type { IsoDate } from '../core/model/dates.ts';
import type { Database, Queryable } from '../store/database.ts';
import { inspectionRevisions, listInspections, loadFinding, loadInspection, recordInspection, updateInspection } from '../store/inspections.ts';
import { today, type ActorGuard } from './actor-guard.ts';
import { NotFound, Rejected } from './errors.ts';

/** The inspections page: the council's timeline, how its neighbours and England stand, and what comes next. */
export interface InspectionsOverviewView {
  readonly la: string;
  readonly name: string;
  readonly region: string | null;
  /** When Ofsted's published history was taken. */
  readonly historyAsAt: IsoDate;
  readonly timeline: readonly TimelineEntry[];
  /** Statistical neighbours, closest first, each with its latest published inspection. */
  readonly neighbours: readonly { readonly la: string; readonly name: string; readonly latest: TimelineEntry | null }[];
  /** Councils by the overall grade of their latest inspection: England's, and the council's region's. */
  readonly englandGrades: GradeDistribution;
  readonly regionGrades: GradeDistribution | null;
  readonly next: NextInspection;
  /** The council's own records, oldest first. */
  readonly recorded: readonly RecordedSummaryView[];
}

export interface RecordedSummaryView {
  readonly id: number;
  readonly kind: InspectionKind;
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly published: IsoDate | null;
  readonly focus: string | null;
  readonly overall: Grade | null;
  readonly findings: number;
  readonly updatedBy: string;
  readonly updatedAt: string;
}

/** One of the council's records in full, with every version's changes and who made them. */
export interface InspectionView extends RecordedInspection {
  readonly history: readonly { readonly revision: number; readonly changedBy: string; readonly changedAt: string; readonly changes: readonly string[] }[];
}

/** A finding with the inspection it comes from: what an improvement-plan action starts from. */
export interface FindingView extends RecordedFinding {
  readonly inspection: Pick<RecordedInspection, 'id' | 'kind' | 'start' | 'end' | 'published' | 'focus'>;
}

/** Ofsted judgements of every council, and the council's own inspections and visits. */
export interface InspectionsAccess {
  /** Needs 'view-inspections'. No child data: not audited. */
  overview(): Promise<InspectionsOverviewView>;
  inspection(id: number): Promise<InspectionView>;
  finding(id: number): Promise<FindingView>;
  /** Needs 'record-inspection'; refused (Rejected, nothing stored) with every problem named by field; audited. */
  record(input: InspectionInput): Promise<InspectionView>;
  /** Replaces a record (findings given with their id keep it); a new revision; audited. */
  update(id: number, input: InspectionInput): Promise<InspectionView>;
}

function summary(r: RecordedInspection): RecordedSummaryView {
  return {
    id: r.id, kind: r.kind, start: r.start, end: r.end, published: r.published, focus: r.focus,
    overall: overallGrade(r.judgements), findings: r.findings.length, updatedBy: r.updatedBy, updatedAt: r.updatedAt,
  };
}

/** The problems as a refusal: its message names each field, its detail lists them for a form. */
function refusal(problems: readonly InputProblem[]): Rejected {
  return new Rejected(`The record was not stored: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}.`, { errors: problems });
}

export function inspectionsAccess(db: Database, guard: ActorGuard): InspectionsAccess {
  const { actor, scope, audit } = guard;
  const notFound = (id: number) => new NotFound(`There is no inspection or visit ${id} of your council.`);

  const view = async (q: Queryable, record: RecordedInspection): Promise<InspectionView> => {
    const revisions = await inspectionRevisions(q, actor.la, record.id);
    return {
      ...record,
      history: revisions.map((r, i) => ({
        revision: r.revision, changedBy: r.changedBy, changedAt: r.changedAt,
        changes: i === 0 ? ['Recorded'] : revisionChanges(revisions[i - 1]!.record, r.record),
      })),
    };
  };

  const checked = (input: InspectionInput): InspectionInput => {
    const problems = inspectionInputProblems(input, today());
    if (problems.length) throw refusal(problems);
    return { ...input, focus: input.focus?.trim() ?? null };
  };

  return {
    async overview() {
      scope('view-inspections');
      const recorded = await listInspections(db, actor.la);
      const timeline = councilTimeline(actor.la, OFSTED_HISTORY, recorded);
      const home = council(actor.la);
      const { england, regions } = gradeDistributions(OFSTED_HISTORY);
      return {
        la: actor.la,
        name: home?.name ?? actor.la,
        region: home?.region ?? null,
        historyAsAt: OFSTED_HISTORY_AS_AT,
        timeline,
        neighbours: neighbourJudgements(actor.la, OFSTED_HISTORY).map((n) => ({ la: n.la, name: n.name, latest: n.latest && publishedEntry(n.latest) })),
        englandGrades: england,
        regionGrades: regions.find((r) => r.area === home?.region) ?? null,
        next: nextInspection(timeline, today()),
        recorded: recorded.map(summary),
      };
    },

    async inspection(id) {
      scope('view-inspections');
      const record = await loadInspection(db, actor.la, id);
      if (!record) throw notFound(id);
      return view(db, record);
    },

    async finding(id) {
      scope('view-inspections');
      const found = await loadFinding(db, actor.la, id);
      if (!found) throw new NotFound(`There is no finding ${id} of your council's inspections.`);
      const { id: inspectionId, kind, start, end, published, focus } = found.inspection;
      return { ...found.finding, inspection: { id: inspectionId, kind, start, end, published, focus } };
    },

    async record(input) {
      scope('record-inspection');
      const stored = await recordInspection(db, actor.la, checked(input), actor.username, (tx, r) =>
        audit(tx, 'record-inspection', `inspection ${r.id}`, null, { kind: r.kind, start: r.start, judgements: r.judgements.length, findings: r.findings.length }),
      );
      return view(db, stored);
    },

    async update(id, input) {
      scope('record-inspection');
      const result = await updateInspection(db, actor.la, id, checked(input), actor.username, (tx, r) =>
        audit(tx, 'edit-inspection', `inspection ${r.id}`, null, { revision: r.revision, kind: r.kind, findings: r.findings.length }),
      );
      if (!('refused' in result)) return view(db, result);
      if (result.refused === 'not-found') throw notFound(id);
      if (result.refused === 'unknown-finding') throw refusal([{ field: 'findings', message: `Finding ${result.findingId} is not one of this inspection's` }]);
      throw refusal([{ field: 'findings', message: result.detail }]);
    },
  };
}
