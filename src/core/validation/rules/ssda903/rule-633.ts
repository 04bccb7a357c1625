import { ENGLISH_LA_CODES } from '../../../codes/dfe-la-codes.ts';
import { meta903 } from './rules-metadata.ts';
import { at, blank, tableRule, type Ssda903Rule } from './ssda903-rule.ts';

/** Orders made outside England: Northern Ireland, Scotland, Wales, outside the UK, and 999 for not known (datasets.md §2.2). */
const OUTSIDE_ENGLAND = new Set(['NIR', 'SCO', 'WAL', 'NUK', '999']);

/** The council where the previous permanence option was arranged is an English council's DfE code or one of the codes for elsewhere. */
export const rule: Ssda903Rule = tableRule(meta903('633'), 'previous_permanence', (row, _context, report) => {
  if (blank(row.LA_PERM)) return;
  const code = row.LA_PERM!.trim().toUpperCase();
  if (!ENGLISH_LA_CODES.has(code) && !OUTSIDE_ENGLAND.has(code)) report(at.permanence(row, 'LA_PERM'));
});
