import { meta903 } from './rules-metadata.ts';
import { at, tableRule, type Ssda903Rule } from './ssda903-rule.ts';

/** No episode can end after 31 March at the end of the collection year. */
export const rule: Ssda903Rule = tableRule(
  meta903('385', undefined, { howToFix: 'Correct the date ceased, or leave the episode open: it ends after 31 March.' }),
  'episodes',
  (row, context, report) => {
    if (row.DEC !== null && row.DEC > context.referenceDate) report(at.episode(row, 'DEC'));
  },
);
