import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** A date of birth is on or before the end of the census period. */
export const rule: CinRule = childRule(
  {
    code: '8520',
    message: 'Date of Birth is after data collection period (must be on or before the end of the census period)',
    severity: 'error',
    fields: ['PersonBirthDate', 'ReferenceDate'],
    tables: ['ChildIdentifiers'],
    years: CIN_YEARS,
    howToFix: 'Correct the date of birth: it cannot be after the end of the census year (for an unborn child, use the expected date of birth).',
  },
  (child, context, report) => {
    const birth = child.ChildIdentifiers.PersonBirthDate;
    if (birth !== null && birth > context.referenceDate) report(at.child(child, 'PersonBirthDate'));
  },
);
