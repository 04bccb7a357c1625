import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** Characters 5 to 12 of a UPN are digits. */
export const rule: CinRule = childRule(
  {
    code: '1540',
    message: 'UPN invalid (characters 5-12 not all numeric)',
    severity: 'error',
    fields: ['UPN'],
    tables: ['ChildIdentifiers'],
    years: CIN_YEARS,
    howToFix: 'Correct the UPN from the school\'s records: characters 5 to 12 must be digits.',
  },
  (child, _context, report) => {
    const upn = child.ChildIdentifiers.UPN;
    if (upn !== null && !/^\d{8}$/.test(upn.slice(4, 12))) report(at.child(child, 'UPN'));
  },
);
