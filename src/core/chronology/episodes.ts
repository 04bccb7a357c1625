import type { IsoDate } from '../model/dates.ts';
import type { Sourced, Source } from '../model/journey.ts';
import type { Episode } from '../model/ssda903.ts';
import type { Conflict, Correction } from './event.ts';
import { compareSources, mergeStatements, type Value } from './merge.ts';

const FIELDS = ['RNE', 'LS', 'CIN', 'PLACE', 'PLACE_PROVIDER', 'DEC', 'REC', 'REASON_PLACE_CHANGE', 'HOME_POST', 'PL_POST', 'URN'] as const;

/** One looked-after episode as the returns together tell it: the episode's own fields, and who said them. */
export type ReconciledEpisode = Pick<Episode, (typeof FIELDS)[number]> & {
  readonly DECOM: IsoDate;
  readonly sources: readonly Source[];
  readonly conflicts: readonly Conflict[];
};

/**
 * Reconciles a child's 903 episodes across years. An episode is identified by its start (DECOM), as
 * every return re-sends an open episode; the latest return's values are used, disagreements are kept as
 * conflicts, and every end date Sightline takes from somewhere other than the row itself is a stated
 * correction, never a silent one.
 */
export function reconcileEpisodes(rows: readonly Sourced<Episode>[]): { episodes: ReconciledEpisode[]; corrections: Correction[] } {
  const byStart = new Map<IsoDate, Sourced<Episode>[]>();
  for (const row of rows) {
    if (row.record.DECOM === null) continue;
    const list = byStart.get(row.record.DECOM) ?? [];
    list.push(row);
    byStart.set(row.record.DECOM, list);
  }
  const latestYear = rows.reduce((y, r) => (r.source.year > y ? r.source.year : y), '');
  const corrections: Correction[] = [];
  const episodes: ReconciledEpisode[] = [];
  for (const [DECOM, versions] of [...byStart].sort(([a], [b]) => a.localeCompare(b))) {
    const merged = mergeStatements(versions.map((v) => ({ source: v.source, values: pick(v.record) })));
    const values = merged.values as Record<(typeof FIELDS)[number], Value>;
    const closedLater = versions.filter((v) => v.record.DEC === null).sort((a, b) => compareSources(a.source, b.source));
    if (values.DEC !== null && closedLater.length) {
      corrections.push({
        what: `Episode from ${DECOM}: end date ${values.DEC} taken from a later return`,
        why: `the ${closedLater.map((v) => v.source.year).join(', ')} return${closedLater.length > 1 ? 's' : ''} left it open`,
        sources: merged.sources,
      });
    }
    episodes.push({ DECOM, ...(values as Omit<ReconciledEpisode, 'DECOM' | 'sources' | 'conflicts'>), sources: merged.sources, conflicts: merged.conflicts });
  }
  // An episode still open when a later episode starts cannot be open: say so, and end it there.
  for (let i = 0; i < episodes.length - 1; i++) {
    const e = episodes[i]!;
    const next = episodes[i + 1]!;
    if (e.DEC === null) {
      episodes[i] = { ...e, DEC: next.DECOM, REC: next.RNE === 'S' ? null : 'X1' };
      corrections.push({
        what: `Episode from ${e.DECOM}: treated as ending on ${next.DECOM}, when the next episode began`,
        why: 'no return gives it an end date, but a later episode has started',
        sources: e.sources,
      });
    } else if (e.DEC > next.DECOM) {
      corrections.push({
        what: `Episode from ${e.DECOM}: overlaps the next episode (ends ${e.DEC}, next starts ${next.DECOM})`,
        why: 'episodes of one child cannot overlap; the dates are shown as the returns gave them',
        sources: [...e.sources, ...next.sources],
      });
    }
  }
  const last = episodes[episodes.length - 1];
  if (last && last.DEC === null && last.sources.every((s) => s.year < latestYear)) {
    corrections.push({
      what: `Episode from ${last.DECOM}: shown as open`,
      why: `it was open in the ${last.sources.map((s) => s.year).join(', ')} return but the child's ${latestYear} return does not mention it`,
      sources: last.sources,
    });
  }
  return { episodes, corrections };
}

function pick(e: Episode): Record<string, Value> {
  const values: Record<string, Value> = {};
  for (const f of FIELDS) values[f] = e[f];
  return values;
}
