import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** Every child has at least one CINdetails episode. */
export const rule: CinRule = childRule(
  {
    code: '8590',
    message: 'Child does not have a recorded CIN episode.',
    severity: 'error',
    fields: ['LAchildID'],
    tables: ['ChildIdentifiers'],
    years: CIN_YEARS,
    howToFix: 'Add the referral (CIN details) for this child, or remove the child if they were not a child in need this year.',
  },
  (child, _context, report) => {
    if (child.CINdetails.length === 0) report(at.child(child, 'LAchildID'));
  },
);
