import type { SocialWorkerEpisode } from '../../../model/ssda903.ts';
import type { Report } from '../../types.ts';
import { at, blank, unreadable } from './ssda903-rule.ts';

/**
 * What the SSDA903 social worker rules (SW01–SW17) share besides the episodes in date order (in the child's
 * facts): the check that an episode's items are filled in.
 */

/** Reports each of `items` left blank on a social worker episode (an unreadable date is SW04STG1's, not a blank). */
export function reportBlankItems(row: SocialWorkerEpisode, items: readonly ('SW_ID' | 'SW_DECOM' | 'SW_REASON')[], report: Report): void {
  for (let i = 0; i < items.length; i++) { const f = items[i]!; if (blank(row[f]) && !unreadable(row, f)) report(at.socialWorker(row, f)); }
}
