import { meta903 } from './rules-metadata.ts';
import { at, code, type Ssda903Rule, tableRule } from './ssda903-rule.ts';

/**
 * No child is still freed for adoption (D1) at the end of the year: freeing orders ended on 30 December
 * 2005, so an episode under D1 open at 31 March (no DEC, or a DEC after it) is flagged.
 */
export const rule: Ssda903Rule = tableRule(
  meta903('451', undefined, { howToFix: 'Correct the legal status of the open episode: freeing orders (D1) no longer exist.' }),
  'episodes',
  (row, context, report) => {
    if (code(row.LS) === 'D1' && (row.DEC === null || row.DEC > context.referenceDate)) report(at.episode(row, 'LS'), [at.episode(row, 'DEC')]);
  },
);
