import { sex } from '../formats/annex-a/dfe-terms.ts';
import { normaliseSex } from '../model/child.ts';
import type { ChildJourney } from '../model/journey.ts';
import { annexAEvents } from './annex-a-events.ts';
import { careSpans } from './care-spans.ts';
import { cinEvents, cinIdentity } from './cin-events.ts';
import type { EventDraft } from './draft.ts';
import { reconcileEpisodes } from './episodes.ts';
import type { ChronologyEvent, Conflict, Correction, EventKind, Span } from './event.ts';
import { mergeStatements, type Merged } from './merge.ts';
import { ssda903Events } from './ssda903-events.ts';

/**
 * One child's chronology: every event from every return, merged, in date order; the spans derived
 * from them; who the child is, with any disagreement between returns; and every correction made on
 * the way. Nothing a return said is dropped: disagreements are conflicts, not overwrites.
 */
export interface Chronology {
  readonly la: string;
  readonly childId: string;
  /** UPN, sex, ethnicity and date of birth, as the returns together give them. */
  readonly identity: Merged;
  readonly events: readonly ChronologyEvent[];
  readonly spans: readonly Span[];
  readonly corrections: readonly Correction[];
}

export function buildChronology(journey: ChildJourney): Chronology {
  const drafts: EventDraft[] = [];
  for (const c of journey.cin) drafts.push(...cinEvents(c.record, c.source));
  drafts.push(...ssda903Events(journey.lookedAfter));
  const annexA = journey.annexA ?? [];
  drafts.push(...annexAEvents(annexA));
  const { episodes, corrections } = reconcileEpisodes(journey.lookedAfter.episodes);
  const care = careSpans(episodes);
  const events = [...mergeDrafts(drafts), ...care.events].sort(byDateThenKind);
  const identity = mergeStatements([
    ...journey.cin.map((c) => ({ source: c.source, values: cinIdentity(c.record.ChildIdentifiers, c.record.ChildCharacteristics) })),
    ...journey.lookedAfter.header.map((h) => ({
      source: h.source,
      values: { UPN: /^UN\d$/.test(h.record.UPN ?? '') ? null : h.record.UPN, sex: normaliseSex(h.record.SEX), ethnicity: h.record.ETHNIC, PersonBirthDate: h.record.DOB },
    })),
    ...annexA.filter((a) => a.record.list !== 11).map((a) => ({
      source: a.source,
      values: { sex: sex.fromAnnexA(a.record.values.Gender as string | null), ethnicity: a.record.values.Ethnicity ?? null, PersonBirthDate: a.record.values['Date of Birth'] ?? null },
    })),
  ]);
  return { la: journey.la, childId: journey.childId, identity, events, spans: [...care.spans, ...cinSpans(events)].sort((a, b) => a.start.localeCompare(b.start)), corrections };
}

/** Merges the drafts that share a key into one event each. */
function mergeDrafts(drafts: readonly EventDraft[]): ChronologyEvent[] {
  const byKey = new Map<string, EventDraft[]>();
  for (const d of drafts) {
    const list = byKey.get(d.key);
    if (list) list.push(d);
    else byKey.set(d.key, [d]);
  }
  return [...byKey.values()].map((group) => {
    const merged = mergeStatements(group.map((d) => ({ source: d.source, values: d.values })));
    const { date, ...details } = merged.values;
    return {
      key: group[0]!.key,
      kind: group[0]!.kind,
      date: typeof date === 'string' ? date : group[group.length - 1]!.date,
      details,
      sources: merged.sources,
      conflicts: merged.conflicts as Conflict[],
    };
  });
}

/** Episodes of need, CIN plans, CP plans and missing episodes: a start event and the end event that shares its key. */
function cinSpans(events: readonly ChronologyEvent[]): Span[] {
  const ends = new Map(events.map((e) => [e.key, e]));
  const pairs: [EventKind, EventKind, Span['kind']][] = [
    ['referral', 'cin-closed', 'cin-episode'],
    ['cin-plan-started', 'cin-plan-ended', 'cin-plan'],
    ['child-protection-plan-started', 'child-protection-plan-ended', 'child-protection-plan'],
    ['missing', 'returned', 'missing'],
    ['away-without-authorisation', 'returned', 'missing'],
  ];
  const spans: Span[] = [];
  for (const [startKind, endKind, kind] of pairs) {
    for (const start of events) {
      if (start.kind !== startKind) continue;
      const end = ends.get(`${endKind}:${start.key.slice(startKind.length + 1)}`);
      spans.push({ kind, start: start.date, end: end?.date ?? null, details: start.details, sources: start.sources });
    }
  }
  return spans;
}

const ORDER: readonly EventKind[] = [
  'born', 'contact', 'early-help-assessment-started', 'early-help-assessment-completed', 'referral', 'assessment-started', 'section-47-started', 'initial-child-protection-conference', 'child-protection-plan-started',
  'cin-plan-started', 'started-to-be-looked-after', 'legal-status-changed', 'placement-changed', 'looked-after-review',
  'child-protection-review', 'statutory-visit', 'iro-visit', 'health-assessment', 'dental-check', 'pathway-plan-review',
  'care-leaver-contact', 'missing', 'away-without-authorisation', 'returned', 'assessment-authorised', 'placed-for-adoption-decision',
  'matched-for-adoption', 'adoption-decision-reversed', 'social-worker-changed', 'deprivation-of-liberty-started',
  'deprivation-of-liberty-ended', 'ceased-to-be-uasc', 'care-leaver-information', 'child-protection-plan-ended', 'cin-plan-ended',
  'ceased-to-be-looked-after', 'cin-closed', 'died',
];
const rank = new Map(ORDER.map((k, i) => [k, i]));

function byDateThenKind(a: ChronologyEvent, b: ChronologyEvent): number {
  return a.date.localeCompare(b.date) || rank.get(a.kind)! - rank.get(b.kind)!;
}
