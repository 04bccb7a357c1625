import { at, childRule, type CinRule } from './cin-rule.ts';

/** LAchildID is at most 20 characters long (2024/25 on). */
export const rule: CinRule = childRule(
  {
    code: '1570',
    message: 'LA Child ID must not be longer than 20 characters',
    severity: 'error',
    fields: ['LAchildID'],
    tables: ['ChildIdentifiers'],
    years: ['2024/25', '2025/26'],
    howToFix: 'Shorten the LA child ID to 20 characters or fewer, as the case management system holds it.',
  },
  (child, _context, report) => {
    if (child.ChildIdentifiers.LAchildID.length > 20) report(at.child(child, 'LAchildID'));
  },
);
