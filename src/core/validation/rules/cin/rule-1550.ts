import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** The 13th and last character of a UPN is a digit, or for a temporary UPN one of the 23 UPN letters. */
export const rule: CinRule = childRule(
  {
    code: '1550',
    message: 'UPN invalid (character 13 not a recognised value)',
    severity: 'error',
    fields: ['UPN'],
    tables: ['ChildIdentifiers'],
    years: CIN_YEARS,
    howToFix: 'Correct the UPN from the school\'s records: the 13th character must be a digit or a letter other than I, O or S.',
  },
  (child, _context, report) => {
    const upn = child.ChildIdentifiers.UPN;
    if (upn !== null && !/^[0-9A-HJ-NP-RT-Z]$/i.test(upn.slice(12))) report(at.child(child, 'UPN'));
  },
);
