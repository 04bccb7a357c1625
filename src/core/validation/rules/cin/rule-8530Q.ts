import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** An expected date of birth falls from 1 March to 31 December of the calendar year the census ends in. */
export const rule: CinRule = childRule(
  {
    code: '8530Q',
    message: 'Please check and either amend data or provide a reason: Expected Date of Birth is outside the expected range for this census (March to December of the Census Year end)',
    severity: 'query',
    fields: ['ExpectedPersonBirthDate'],
    tables: ['ChildIdentifiers'],
    years: CIN_YEARS,
    howToFix: 'Check the expected date of birth: for an unborn child it should fall between March and December of the year the census ends.',
  },
  (child, context, report) => {
    const expected = child.ChildIdentifiers.ExpectedPersonBirthDate;
    if (expected !== null && (expected < `${context.endYear}-03-01` || expected > `${context.endYear}-12-31`)) {
      report(at.child(child, 'ExpectedPersonBirthDate'));
    }
  },
);
