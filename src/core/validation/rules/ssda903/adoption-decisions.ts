import type { Episode, PlacedForAdoption } from '../../../model/ssda903.ts';
import type { Cell, RuleMeta } from '../../types.ts';
import { ADOPTION } from './placement-types.ts';
import { at, childRule, type Ssda903Rule } from './ssda903-rule.ts';

/**
 * Rules 551–556: a placement for adoption or an adoption-related order (placement order E1, freeing
 * order D1) needs a decision that the child should be placed for adoption, made on or before it; rules
 * 525, 559, 560 and 584 look at the latest decision.
 */

/** The latest decision to place for adoption (by DATE_PLACED; the last in the file on a tie), the one an adoption follows. */
export function latestDecision(rows: readonly PlacedForAdoption[]): PlacedForAdoption | undefined {
  let latest: PlacedForAdoption | undefined;
  for (let i = 0; i < rows.length; i++) { const p = rows[i]!; if (p.DATE_PLACED !== null && (latest === undefined || p.DATE_PLACED >= latest.DATE_PLACED!)) latest = p; }
  return latest;
}

/** The earliest decision to place for adoption. */
export function earliestDecision(rows: readonly PlacedForAdoption[]): PlacedForAdoption | undefined {
  let earliest: PlacedForAdoption | undefined;
  for (let i = 0; i < rows.length; i++) { const p = rows[i]!; if (p.DATE_PLACED !== null && (earliest === undefined || p.DATE_PLACED < earliest.DATE_PLACED!)) earliest = p; }
  return earliest;
}

/** What starts: the episodes where it does, and the cell that shows it. */
export interface AdoptionStep {
  readonly applies: (e: Episode) => boolean;
  readonly cell: (e: Episode) => Cell;
}

/** Each episode where `step` starts: the first of each run of episodes it applies to, in date order. */
export function starts(episodes: readonly Episode[], step: AdoptionStep): Episode[] {
  const found: Episode[] = [];
  let previous: Episode | undefined;
  for (let i = 0; i < episodes.length; i++) {
    const e = episodes[i]!;
    if (step.applies(e) && !(previous && step.applies(previous) && previous.DEC === e.DECOM)) found.push(e);
    previous = e;
  }
  return found;
}

/** A child with `step` has a decision to place for adoption (reported once, at the first episode). */
export function needsDecision(meta: RuleMeta, step: AdoptionStep): Ssda903Rule {
  return childRule(meta, (child, _context, report) => {
    if (earliestDecision(child.placed_for_adoption) !== undefined) return;
    const first = child.facts.episodes.find(step.applies);
    if (first) report(step.cell(first));
  });
}

/** Each time `step` starts, the earliest decision to place for adoption is on or before that day. */
export function decisionOnOrBefore(meta: RuleMeta, step: AdoptionStep): Ssda903Rule {
  return childRule(meta, (child, _context, report) => {
    const decision = earliestDecision(child.placed_for_adoption);
    if (decision === undefined) return;
    const started = starts(child.facts.episodes, step);
    for (let i = 0; i < started.length; i++) {
      const e = started[i]!;
      if (decision.DATE_PLACED! > e.DECOM!) report(at.placed(decision, 'DATE_PLACED'), [at.episode(e, 'DECOM'), step.cell(e)]);
    }
  });
}

export const placedForAdoption: AdoptionStep = { applies: (e) => e.PLACE !== null && ADOPTION.has(e.PLACE), cell: (e) => at.episode(e, 'PLACE') };

export function legalStatus(code: 'D1' | 'E1'): AdoptionStep {
  return { applies: (e) => e.LS === code, cell: (e) => at.episode(e, 'LS') };
}
