import type { SocialWorkerEpisode } from '../../../model/ssda903.ts';
import type { Report } from '../../types.ts';
import { at, blank, unreadable, type Child903 } from './ssda903-rule.ts';

/**
 * What the SSDA903 social worker rules (SW01–SW17) share: the child's social worker episodes in date
 * order, worked out once per child rather than by each of the rules that compare an episode with the
 * next, and the check that an episode's items are filled in.
 */

const inOrder = new WeakMap<readonly SocialWorkerEpisode[], readonly SocialWorkerEpisode[]>();

/** The social worker episodes with a readable SW_DECOM, by SW_DECOM then file order; those without one are left to the rules about SW_DECOM. */
export function socialWorkersInOrder(child: Child903): readonly SocialWorkerEpisode[] {
  const rows = child.social_worker;
  let ordered = inOrder.get(rows);
  if (ordered === undefined) {
    ordered = rows.filter((r) => r.SW_DECOM !== null).sort((a, b) => (a.SW_DECOM! < b.SW_DECOM! ? -1 : a.SW_DECOM! > b.SW_DECOM! ? 1 : 0));
    inOrder.set(rows, ordered);
  }
  return ordered;
}

/** Reports each of `items` left blank on a social worker episode (an unreadable date is SW04STG1's, not a blank). */
export function reportBlankItems(row: SocialWorkerEpisode, items: readonly ('SW_ID' | 'SW_DECOM' | 'SW_REASON')[], report: Report): void {
  for (const f of items) if (blank(row[f]) && !unreadable(row, f)) report(at.socialWorker(row, f));
}
