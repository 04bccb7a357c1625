import type { Oc2, Oc2Field } from '../../../model/ssda903.ts';
import type { RuleMeta } from '../../types.ts';
import { absentCell, at, blank, childRule, dobOf, type Ssda903Rule, tableRule } from './ssda903-rule.ts';
import { ageAtYearEnd } from './ages.ts';
import { OC2_REQUIRED } from './table-items.ts';

/**
 * The OC2 rules 542–547 come in three shapes, each for conviction (from age 10) and for health promotion
 * (under 5): a field not due at the child's age, a field due but missing, and the other health fields that
 * must come with it. Ages are whole years at 31 March, from the header's DOB (else the OC2 row's).
 */

type AgeTest = (age: number) => boolean;

/** `field` is not completed for a child whose age at 31 March fails `due`. */
export function notDueAtAge(meta: RuleMeta, field: Oc2Field, due: AgeTest): Ssda903Rule {
  return tableRule(meta, 'oc2', (row: Oc2, context, report, child) => {
    const dob = dobOf(child, row);
    if (dob !== null && !blank(row[field]) && !due(ageAtYearEnd(dob, context))) report(at.oc2(row, field), [at.oc2(row, 'DOB')]);
  });
}

/**
 * `field` is completed for a child of a `due` age looked after continuously for 12 months at 31 March
 * (the OC2 cohort). A child of the cohort without an OC2 row has not completed it either.
 */
export function dueAtAge(meta: RuleMeta, field: Oc2Field, due: AgeTest): Ssda903Rule {
  return childRule(meta, (child, context, report) => {
    if (!child.facts.continuouslyLookedAfter12Months) return;
    const dob = dobOf(child, child.oc2[0]);
    if (dob === null || !due(ageAtYearEnd(dob, context))) return;
    if (child.oc2.length === 0) report(absentCell('OC2', field));
    for (let i = 0; i < child.oc2.length; i++) { const row = child.oc2[i]!; if (blank(row[field])) report(at.oc2(row, field)); }
  });
}

/** Once `field` is completed, so are immunisations, teeth check, health assessment and substance misuse. */
export function completedWithHealth(meta: RuleMeta, field: Oc2Field): Ssda903Rule {
  return tableRule(meta, 'oc2', (row: Oc2, _context, report) => {
    if (blank(row[field])) return;
    for (let i = 0; i < OC2_REQUIRED.length; i++) { const f = OC2_REQUIRED[i]!; if (blank(row[f])) report(at.oc2(row, f), [at.oc2(row, field)]); }
  });
}
