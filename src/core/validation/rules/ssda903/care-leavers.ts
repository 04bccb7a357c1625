import type { IsoDate } from '../../../model/dates.ts';
import type { Episode, Oc3 } from '../../../model/ssda903.ts';
import type { Cell, Report, RuleMeta } from '../../types.ts';
import { at, type Child903, childRule, code, dobOf, inYear, type Ssda903Context, type Ssda903Rule } from './ssda903-rule.ts';
import { birthday } from './ages.ts';
import { episodeOn } from './episodes.ts';
import { OC3_ITEMS } from './table-items.ts';

/**
 * What the SSDA903 rules about care leavers (OC3: 1000–1016, 3001) share: whether care leaver information
 * was given, and whether the young person was in care on the birthday that decides whether it should have been.
 */

/** The care leaver items of an OC3 row that are filled in. */
function givenItems(row: Oc3): Cell[] {
  const cells: Cell[] = [];
  for (let i = 0; i < OC3_ITEMS.length; i++) { const f = OC3_ITEMS[i]!; if (code(row[f]) !== null) cells.push(at.oc3(row, f)); }
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

/**
 * The last day before the two returns Sightline is given: 31 March two years back. Episodes that ended by
 * then are in neither return, so care before it is unknown to the care leaver rules (1001, 1002), which the
 * DfE checks against every year it holds.
 */
export function beforeReturnsGiven(context: Ssda903Context): IsoDate {
  return `${context.endYear - 2}-03-31`;
}

/** A rule that checks each OC3 row of a child whose care leaver information is given. */
export function careLeaverRule(meta: RuleMeta, check: (row: Oc3, child: Child903, context: Ssda903Context, report: Report) => void): Ssda903Rule {
  return childRule(
    meta,
    (child, context, report) => {
      for (let i = 0; i < child.oc3.length; i++) { const row = child.oc3[i]!; if (hasCareLeaverInfo(row)) check(row, child, context, report); }
    },
    ['oc3'],
  );
}

function hasCareLeaverInfo(row: Oc3): boolean {
  return code(row.IN_TOUCH) !== null || code(row.ACTIV) !== null || code(row.ACCOM) !== null;
}

/**
 * The episode during which the child had their 17th or 18th birthday, when that birthday falls in this
 * collection year: care leaver information at those ages is for young people who had left care by then.
 */
export function inCareOnBirthday(child: Child903, row: Oc3, context: Ssda903Context): Episode | undefined {
  const dob = dobOf(child, row);
  if (dob === null) return undefined;
  for (let age = 17; age <= 18; age++) {
    const day = birthday(dob, age);
    if (inYear(context, day)) return episodeOn(child.facts.episodes, day);
  }
  return undefined;
}
