import type { Header903, Ssda903Tables } from '../../../model/ssda903.ts';
import type { Child903 } from './ssda903-rule.ts';

/**
 * Whether a child is an unaccompanied asylum-seeking child (UASC). The XML layout says so in the header
 * (HEADER/UASC coded 1); the CSV layout only by a row in the uasc table, which the XML reader also makes
 * for a child coded 1 or with a date UASC ceased (DUC).
 */

/** The child was an unaccompanied asylum-seeking child at some time: a row in the UASC table. */
export function isUasc(child: Child903): boolean {
  return child.uasc.length > 0;
}

/** Whether the header carries a UASC status code (the XML layout), as opposed to leaving it to the uasc table (CSV). */
export function hasUascCode(header: Header903): boolean {
  return header.UASC !== undefined;
}

/** The child is identified as UASC in a year's rows: the header's code is 1 where the layout carries it, else there is a uasc row. */
export function identifiedAsUasc(rows: Ssda903Tables): boolean {
  const header = rows.header[0];
  return header !== undefined && hasUascCode(header) ? header.UASC?.trim() === '1' : rows.uasc.length > 0;
}
