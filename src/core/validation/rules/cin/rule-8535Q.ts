import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** A date of death is not before the date of birth. */
export const rule: CinRule = childRule(
  {
    code: '8535Q',
    message: 'Please check and either amend data or provide a reason: Child’s date of death should not be prior to the date of birth',
    severity: 'query',
    fields: ['PersonDeathDate', 'PersonBirthDate'],
    tables: ['ChildIdentifiers'],
    years: CIN_YEARS,
    howToFix: 'Check the dates of birth and death: the child cannot have died before being born.',
  },
  (child, _context, report) => {
    const { PersonBirthDate: birth, PersonDeathDate: death } = child.ChildIdentifiers;
    if (birth !== null && death !== null && death < birth) report(at.child(child, 'PersonDeathDate'), [at.child(child, 'PersonBirthDate')]);
  },
);
