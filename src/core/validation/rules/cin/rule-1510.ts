import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';
import { upnCheckLetter } from './upn.ts';

/** The first character of a UPN is the check letter worked out from the other twelve. */
export const rule: CinRule = childRule(
  {
    code: '1510',
    message: 'UPN invalid (wrong check letter at character 1)',
    severity: 'error',
    fields: ['UPN'],
    tables: ['ChildIdentifiers'],
    years: CIN_YEARS,
    howToFix: 'Correct the UPN from the school\'s records: its first letter does not match the check letter its other characters call for.',
  },
  (child, _context, report) => {
    const upn = child.ChildIdentifiers.UPN;
    if (upn === null) return;
    // A UPN whose other characters are malformed has no check letter to compare: 1540 and 1550 report it.
    const expected = upnCheckLetter(upn);
    if (expected !== null && upn[0]!.toUpperCase() !== expected) report(at.child(child, 'UPN'));
  },
);
