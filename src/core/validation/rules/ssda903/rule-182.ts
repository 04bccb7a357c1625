import { meta903 } from './rules-metadata.ts';
import { at, blank, tableRule, type Ssda903Rule } from './ssda903-rule.ts';
import { OC2_REQUIRED, OC2_YES_NO } from './table-items.ts';

/** An OC2 row with any item given has all four of immunisations, teeth check, health assessment and substance misuse. */
export const rule: Ssda903Rule = tableRule(meta903('182'), 'oc2', (row, _context, report) => {
  let answered = false;
  for (let i = 0; i < OC2_YES_NO.length && !answered; i++) answered = !blank(row[OC2_YES_NO[i]!]);
  if (!answered) return;
  for (let i = 0; i < OC2_REQUIRED.length; i++) { const f = OC2_REQUIRED[i]!; if (blank(row[f])) report(at.oc2(row, f)); }
});
