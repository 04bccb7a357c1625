import type { Header903, Header903Field } from '../../../model/ssda903.ts';
import type { Cell, RuleMeta } from '../../types.ts';
import { at, blank, childRule, type Ssda903Rule } from './ssda903-rule.ts';

/**
 * A header item that must agree with last year's header for the same child. `same` compares the two values
 * (both given); a child new this year, or without a header either year, is not compared.
 */
export function headerAgreesRule(
  meta: RuleMeta,
  field: Header903Field,
  same: (now: string, before: string) => boolean = (a, b) => a === b,
): Ssda903Rule {
  return childRule(meta, (child, _context, report) => {
    const now = child.facts.header;
    const before = child.previous?.header[0];
    if (!now || !before) return;
    const a = now[field];
    const b = before[field];
    if (blank(a) || blank(b)) return;
    if (!same(String(a).trim(), String(b).trim())) report(at.header(now, field), [previousCell(before, field)]);
  });
}

/** A cell of last year's header. */
export function previousCell(row: Header903, field: Header903Field): Cell {
  return at.previous(at.header(row, field));
}
