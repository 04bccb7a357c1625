import type { SocialWorkerEpisode } from '../../../model/ssda903.ts';
import type { Report } from '../../types.ts';
import { at, blank, unreadable } from './ssda903-rule.ts';

type Item = 'SW_ID' | 'SW_DECOM' | 'SW_REASON';

/** Reports each of `items` left blank on a social worker episode (an unreadable date is SW04STG1's, not a blank). */
export function reportBlankItems(row: SocialWorkerEpisode, items: readonly Item[], report: Report): void {
  for (const f of items) if (blank(row[f]) && !unreadable(row, f)) report(at.socialWorker(row, f));
}
