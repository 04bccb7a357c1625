import type { IsoDate } from '../../../model/dates.ts';
import type { Episode } from '../../../model/ssda903.ts';
import type { Cell } from '../../types.ts';
import { byDecom, carePeriods, type CarePeriod } from './child-facts.ts';
import { ADOPTED, SHORT_BREAKS } from './episode-codes.ts';
import { at, code, inYear, type Child903, type Ssda903Context } from './ssda903-rule.ts';

/**
 * Ways of finding episodes that many SSDA903 rules share: the one open on a day, the one before, the one
 * sent in both years, the one the child was adopted at, and the episodes of both years together. Each works
 * from the per-child facts (episodes already in date order), never by sorting again.
 */

/** The last day an episode covers in this return: its DEC, or 31 March while it is open. */
export function lastDay(e: Episode, context: Ssda903Context): IsoDate {
  return e.DEC ?? context.referenceDate;
}

/** The episode open on a date (started on or before it, not ceased by it), if any. */
export function episodeOn(episodes: readonly Episode[], date: IsoDate): Episode | undefined {
  for (let i = 0; i < episodes.length; i++) {
    const e = episodes[i]!;
    if (e.DECOM !== null && e.DECOM <= date && (e.DEC === null || e.DEC > date)) return e;
  }
  return undefined;
}

/** The episode just before one in date order when it ends the day this one starts (the same period of care), else null. */
export function predecessor(episodes: readonly Episode[], i: number): Episode | null {
  const before = episodes[i - 1];
  return before && before.DEC !== null && before.DEC === episodes[i]!.DECOM ? before : null;
}

/**
 * The same episode on both sides of the year end: last year's latest episode and this year's earliest,
 * when they started on the same day (an episode open at 31 March is sent again). Null otherwise.
 */
export function episodeAcrossYearEnd(child: Child903): { readonly last: Episode; readonly first: Episode } | null {
  const first = child.facts.episodes[0];
  const last = child.facts.latestLastYear;
  return first && last && last.DECOM === first.DECOM ? { last, first } : null;
}

/** The episode the child was adopted at the end of (reason episode ceased E11 or E12), the latest if several. */
export function adoptionEpisode(child: Child903): Episode | null {
  const episodes = child.facts.episodes;
  for (let i = episodes.length - 1; i >= 0; i--) {
    const rec = code(episodes[i]!.REC);
    if (rec !== null && ADOPTED.has(rec)) return episodes[i]!;
  }
  return null;
}

/** The episode by which the child was adopted in the year (ending E11 or E12 within it), the first if several. */
export function adoptedInYear(child: Child903, context: Ssda903Context): Episode | undefined {
  const episodes = child.facts.episodes;
  for (let i = 0; i < episodes.length; i++) {
    const e = episodes[i]!;
    if (e.REC !== null && ADOPTED.has(e.REC) && e.DEC !== null && inYear(context, e.DEC)) return e;
  }
  return undefined;
}

/** Whether any episode's placement is one of some codes. */
export function anyPlaced(episodes: readonly Episode[], places: ReadonlySet<string>): boolean {
  for (let i = 0; i < episodes.length; i++) if (places.has(code(episodes[i]!.PLACE) ?? '')) return true;
  return false;
}

/** The episodes with one code in a column, in their order. */
export function withCode(episodes: readonly Episode[], field: 'LS' | 'PLACE', value: string): Episode[] {
  const found: Episode[] = [];
  for (let i = 0; i < episodes.length; i++) if (code(episodes[i]![field]) === value) found.push(episodes[i]!);
  return found;
}

/** The child's first episode in care this year: open on or after 1 April and not an agreed series of short breaks (V3/V4). */
export function firstInCareThisYear(child: Child903, context: Ssda903Context): Episode | undefined {
  const episodes = child.facts.episodes;
  for (let i = 0; i < episodes.length; i++) {
    const e = episodes[i]!;
    if ((e.DEC === null || e.DEC >= context.collectionStart) && !SHORT_BREAKS.has(code(e.LS) ?? '')) return e;
  }
  return undefined;
}

/**
 * The child's episodes of last year's return (when one was given) and of this one, by DECOM: an episode
 * open at last year's end comes again this year, so last year's copy of a DECOM this year also has is
 * left out. The DfE checks against every year it holds; Sightline can only check the two it is given.
 */
export function twoYearsOfEpisodes(child: Child903): readonly Episode[] {
  const previous = child.previous?.episodes ?? [];
  if (previous.length === 0) return child.facts.episodes;
  const current = new Set(child.facts.episodes.map((e) => e.DECOM));
  const earlier = previous.filter((e) => e.DECOM !== null && !current.has(e.DECOM));
  if (earlier.length === 0) return child.facts.episodes;
  return [...earlier, ...child.facts.episodes].sort(byDecom);
}

/**
 * The periods of care of `twoYearsOfEpisodes`. The first began on its first episode's DECOM only when that
 * episode's reason for new episode is S: otherwise the child was already looked after, in episodes older
 * than the returns given, and `begun` is false. Every later period follows a gap or an S, so its start is known.
 */
export function twoYearsOfPeriods(child: Child903): readonly { readonly period: CarePeriod; readonly begun: boolean }[] {
  return carePeriods(twoYearsOfEpisodes(child)).map((period, i) => ({ period, begun: i > 0 || code(period.episodes[0]!.RNE) === 'S' }));
}

/** The cell of an episode of `twoYearsOfEpisodes`, labelled as last year's when it came from last year's return. */
export function episodeCell(child: Child903, e: Episode, field: 'DECOM' | 'DEC' | 'REC' | 'PLACE'): Cell {
  const cell = at.episode(e, field);
  return child.facts.episodes.includes(e) ? cell : at.previous(cell);
}
