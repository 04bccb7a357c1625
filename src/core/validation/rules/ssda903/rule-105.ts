import { meta903 } from './rules-metadata.ts';
import { at, tableRule, type Ssda903Rule } from './ssda903-rule.ts';
import { hasUascCode } from './uasc-status.ts';

/** The UASC status codes: 1 an unaccompanied asylum-seeking child, 0 not. */
const UASC_CODES: ReadonlySet<string> = new Set(['0', '1']);

/**
 * The header's UASC status is 0 or 1; blank is "not completed". Only the XML layout has the item (HEADER/UASC):
 * the CSV layout states UASC status by a row in the uasc table, which cannot be invalid, so the rule needs
 * the header's code and is skipped for CSV returns.
 */
export const rule: Ssda903Rule = tableRule(
  meta903('105', undefined, { howToFix: 'Record UASC status in the header: 1 for an unaccompanied asylum-seeking child, else 0.', needs: ['header-uasc'] }),
  'header',
  (row, _context, report) => {
    if (hasUascCode(row) && !UASC_CODES.has(row.UASC?.trim() ?? '')) report(at.header(row, 'UASC'));
  },
);
