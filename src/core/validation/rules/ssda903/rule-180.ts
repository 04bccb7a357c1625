import { meta903 } from './rules-metadata.ts';
import { at, tableRule, unreadable, type Ssda903Rule } from './ssda903-rule.ts';

/** SDQ_SCORE, where given, is a whole number from 0 to 40 (the questionnaire's range). */
export const rule: Ssda903Rule = tableRule(meta903('180'), 'oc2', (row, _context, report) => {
  const score = row.SDQ_SCORE;
  if (score === null ? unreadable(row, 'SDQ_SCORE') : score < 0 || score > 40) report(at.oc2(row, 'SDQ_SCORE'));
});
