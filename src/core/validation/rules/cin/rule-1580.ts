import { at, childRule, type CinRule } from './cin-rule.ts';

/** LAchildID holds only letters and digits (2024/25 on). */
export const rule: CinRule = childRule(
  {
    code: '1580',
    message: 'LA Child ID must not contain any non-alphanumeric characters',
    severity: 'error',
    fields: ['LAchildID'],
    tables: ['ChildIdentifiers'],
    years: ['2024/25', '2025/26'],
    howToFix: 'Remove spaces, dashes and other symbols from the LA child ID: only letters and digits are allowed.',
  },
  (child, _context, report) => {
    if (/[^A-Za-z0-9]/.test(child.ChildIdentifiers.LAchildID)) report(at.child(child, 'LAchildID'));
  },
);
