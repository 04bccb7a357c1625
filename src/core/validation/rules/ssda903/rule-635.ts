import { meta903 } from './rules-metadata.ts';
import { at, blank, tableRule, type Ssda903Rule } from './ssda903-rule.ts';

const LA_AND_DATE = ['LA_PERM', 'DATE_PERM'] as const;

/** A child with no previous permanence option (Z1) has no date or council of an order; each one given is reported. */
export const rule: Ssda903Rule = tableRule(meta903('635'), 'previous_permanence', (row, _context, report) => {
  if (row.PREV_PERM?.trim() !== 'Z1') return;
  for (let i = 0; i < LA_AND_DATE.length; i++) { const f = LA_AND_DATE[i]!; if (!blank(row[f])) report(at.permanence(row, f), [at.permanence(row, 'PREV_PERM')]); }
});
