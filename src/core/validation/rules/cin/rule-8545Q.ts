import { at, childRule, inCensusYear, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** A date of death falls within the census period. */
export const rule: CinRule = childRule(
  {
    code: '8545Q',
    message: 'Please check and either amend data or provide a reason: Child\'s date of death should be within the census year',
    severity: 'query',
    fields: ['PersonDeathDate'],
    tables: ['ChildIdentifiers'],
    years: CIN_YEARS,
    howToFix: 'Check the child\'s date of death: a death recorded in this census should fall within the census year.',
  },
  (child, context, report) => {
    const death = child.ChildIdentifiers.PersonDeathDate;
    if (death !== null && !inCensusYear(context, death)) report(at.child(child, 'PersonDeathDate'));
  },
);
