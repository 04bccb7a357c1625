import type { IsoDate } from '../model/dates.ts';

/** A dated spell (a plan, an episode, an enquiry); an absent end means it is still open. */
export interface Spell<T> {
  readonly item: T;
  readonly start: IsoDate | null;
  readonly end: IsoDate | null;
}

const NO_PAIRS: ReadonlyArray<readonly [never, never]> = Object.freeze([]);

/**
 * Each spell that starts while an earlier one is still running, paired with that earlier spell.
 * A spell may start on the day another ends (a hand-over is not an overlap). Spells without a start
 * are left to the rules that require one. Spells are few per child, so a pairwise scan is cheapest.
 */
export function overlaps<T>(spells: readonly Spell<T>[]): ReadonlyArray<readonly [earlier: T, later: T]> {
  if (spells.length < 2) return NO_PAIRS;
  const dated = spells.filter((s): s is Spell<T> & { start: IsoDate } => s.start !== null);
  dated.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const pairs: Array<readonly [T, T]> = [];
  for (let j = 1; j < dated.length; j++) {
    const later = dated[j]!;
    for (let i = 0; i < j; i++) {
      const earlier = dated[i]!;
      if (earlier.end === null || later.start < earlier.end) {
        pairs.push([earlier.item, later.item]);
        break;
      }
    }
  }
  return pairs;
}
