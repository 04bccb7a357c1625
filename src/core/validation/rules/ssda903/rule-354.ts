import { meta903 } from './rules-metadata.ts';
import { at, tableRule, type Ssda903Rule } from './ssda903-rule.ts';

/** The DfE's message speaks of the date ceased, but the rule is on DECOM: no episode can start after 31 March at the end of the year. */
export const rule: Ssda903Rule = tableRule(
  meta903('354', undefined, { howToFix: 'Correct the episode start, or leave an episode starting after 31 March to next year’s return.' }),
  'episodes',
  (row, context, report) => {
    if (row.DECOM !== null && row.DECOM > context.referenceDate) report(at.episode(row, 'DECOM'));
  },
);
