import { FINDING_KIND_NAMES, GRADE_NAMES, JUDGEMENT_SHORT_NAMES, KIND_NAMES, type Grade, type JudgementType } from './model.ts';
import type { InspectionVersion } from './recorded.ts';

const FIELDS: readonly (readonly [keyof InspectionVersion, string])[] = [
  ['start', 'Start date'],
  ['end', 'End date'],
  ['published', 'Publication date'],
  ['focus', 'Focus'],
  ['reportUrl', 'Report address'],
];

const shown = (value: string | null) => (value === null ? 'none' : value);
const gradeOf = (v: InspectionVersion, type: JudgementType): Grade | null => v.judgements.find((j) => j.type === type)?.grade ?? null;

/** What changed between two versions of a record, in words: one line per field, judgement and finding changed. */
export function revisionChanges(before: InspectionVersion, after: InspectionVersion): string[] {
  const changes: string[] = [];
  if (before.kind !== after.kind) changes.push(`Kind: ${KIND_NAMES[before.kind]} → ${KIND_NAMES[after.kind]}`);
  for (const [field, name] of FIELDS) {
    const [was, now] = [before[field] as string | null, after[field] as string | null];
    if (was !== now) changes.push(`${name}: ${shown(was)} → ${shown(now)}`);
  }
  const types = [...new Set([...before.judgements, ...after.judgements].map((j) => j.type))];
  for (const type of types) {
    const [was, now] = [gradeOf(before, type), gradeOf(after, type)];
    if (was !== now) changes.push(`${JUDGEMENT_SHORT_NAMES[type]}: ${was ? GRADE_NAMES[was] : 'not graded'} → ${now ? GRADE_NAMES[now] : 'not graded'}`);
  }
  const earlier = new Map(before.findings.map((f) => [f.id, f]));
  const later = new Set(after.findings.map((f) => f.id));
  for (const f of after.findings) {
    const was = earlier.get(f.id);
    if (!was) changes.push(`${FINDING_KIND_NAMES[f.kind]} ${f.seq} added`);
    else if (was.text !== f.text || was.kind !== f.kind) changes.push(`${FINDING_KIND_NAMES[f.kind]} ${f.seq} reworded`);
    else if (was.seq !== f.seq) changes.push(`${FINDING_KIND_NAMES[f.kind]} ${was.seq} moved to ${f.seq}`);
  }
  for (const f of before.findings) if (!later.has(f.id)) changes.push(`${FINDING_KIND_NAMES[f.kind]} ${f.seq} removed`);
  return changes;
}
