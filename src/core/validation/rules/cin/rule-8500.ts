import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** Every child has an LA child ID. */
export const rule: CinRule = childRule(
  {
    code: '8500',
    message: 'LA Child ID missing',
    severity: 'error',
    fields: ['LAchildID'],
    tables: ['ChildIdentifiers'],
    years: CIN_YEARS,
    howToFix: 'Enter the child\'s ID from the case management system.',
  },
  (child, _context, report) => {
    if (child.ChildIdentifiers.LAchildID.trim() === '') report(at.child(child, 'LAchildID'));
  },
);
