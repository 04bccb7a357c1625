import type { IsoDate } from '../../../model/dates.ts';
import type { Episode, Oc3 } from '../../../model/ssda903.ts';
import type { Cell, Report, RuleMeta } from '../../types.ts';
import { birthday, code } from './range-helpers-300-499.ts';
import { at, childRule, dobOf, inYear, type Child903, type Ssda903Context, type Ssda903Rule } from './ssda903-rule.ts';

/**
 * What the SSDA903 rules about care leavers (OC3: 1000–1016, 3001) share: whether care leaver information
 * was given, and the episodes of this year and last year that decide whether it should have been.
 */

const CARE_LEAVER_FIELDS = ['IN_TOUCH', 'ACTIV', 'ACCOM'] as const;

/** The care leaver items of an OC3 row that are filled in. */
function givenItems(row: Oc3): Cell[] {
  const cells: Cell[] = [];
  for (const f of CARE_LEAVER_FIELDS) if (code(row[f]) !== null) cells.push(at.oc3(row, f));
  return cells;
}

/**
 * "Care leaver information should not be completed": one finding per OC3 row with any of IN_TOUCH,
 * ACTIV, ACCOM filled in, at the first one, with the others and the cells that show why as related.
 */
export function reportCareLeaverInfo(row: Oc3, report: Report, because: readonly Cell[]): void {
  const given = givenItems(row);
  if (given.length > 0) report(given[0]!, [...given.slice(1), ...because]);
}

/** A rule that checks each OC3 row of a child whose care leaver information is given. */
export function careLeaverRule(meta: RuleMeta, check: (row: Oc3, child: Child903, context: Ssda903Context, report: Report) => void): Ssda903Rule {
  return childRule(meta, (child, context, report) => {
    for (const row of child.oc3) if (hasCareLeaverInfo(row)) check(row, child, context, report);
  });
}

function hasCareLeaverInfo(row: Oc3): boolean {
  return code(row.IN_TOUCH) !== null || code(row.ACTIV) !== null || code(row.ACCOM) !== null;
}

/** The episode open on a date (started on or before it, not ceased by it), if any. */
export function episodeOn(episodes: readonly Episode[], date: IsoDate): Episode | undefined {
  return episodes.find((e) => e.DECOM !== null && e.DECOM <= date && (e.DEC === null || e.DEC > date));
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
  return [...earlier, ...child.facts.episodes].sort((a, b) => (a.DECOM! < b.DECOM! ? -1 : a.DECOM! > b.DECOM! ? 1 : 0));
}

/** The cell of an episode, labelled as last year's when it came from last year's return. */
export function episodeCell(child: Child903, e: Episode, field: 'DECOM' | 'DEC' | 'REC'): Cell {
  const cell = at.episode(e, field);
  return child.facts.episodes.includes(e) ? cell : at.previous(cell);
}

/**
 * The episode during which the child had their 17th or 18th birthday, when that birthday falls in this
 * collection year: care leaver information at those ages is for young people who had left care by then.
 */
export function inCareOnBirthday(child: Child903, row: Oc3, context: Ssda903Context): Episode | undefined {
  const dob = dobOf(child, row);
  if (dob === null) return undefined;
  for (const age of [17, 18]) {
    const day = birthday(dob, age);
    if (inYear(context, day)) return episodeOn(child.facts.episodes, day);
  }
  return undefined;
}
