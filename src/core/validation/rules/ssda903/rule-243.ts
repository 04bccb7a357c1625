import { meta903 } from './rules-metadata.ts';
import { at, tableRule, type Ssda903Rule } from './ssda903-rule.ts';
import { NO_URN } from './placements.ts';

/** A URN given (other than XXXXXXX, see rule 242) is one in Ofsted's provider list. */
export const rule: Ssda903Rule = tableRule(meta903('243', undefined, { needs: ['providers'] }), 'episodes', (row, context, report) => {
  const urn = row.URN?.trim();
  if (urn && urn.toUpperCase() !== NO_URN && !context.providers!.find(urn)) report(at.episode(row, 'URN'));
});
