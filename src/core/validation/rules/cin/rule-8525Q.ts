import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** Exactly one of PersonBirthDate and ExpectedPersonBirthDate is given. */
export const rule: CinRule = childRule(
  {
    code: '8525Q',
    message: 'Either Date of Birth or Expected Date of Birth must be provided (but not both)',
    severity: 'query',
    fields: ['PersonBirthDate', 'ExpectedPersonBirthDate'],
    tables: ['ChildIdentifiers'],
    years: CIN_YEARS,
    howToFix: 'Give the date of birth, or for an unborn child the expected date of birth, but not both.',
  },
  (child, _context, report) => {
    const ids = child.ChildIdentifiers;
    if ((ids.PersonBirthDate === null) === (ids.ExpectedPersonBirthDate === null)) {
      report(at.child(child, 'PersonBirthDate'), [at.child(child, 'ExpectedPersonBirthDate')]);
    }
  },
);
