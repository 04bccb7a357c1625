import { duplicates } from '../../duplicates.ts';
import { at, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** No two children of the return may share a UPN. */
export const rule: CinRule = {
  meta: {
    code: '1520',
    message: 'More than one record with the same UPN.',
    severity: 'error',
    fields: ['UPN'],
    tables: ['ChildIdentifiers'],
    years: CIN_YEARS,
    howToFix: 'Two children share this UPN: check which child it belongs to, and merge the records if they are the same child.',
  },
  start: () => duplicates((c) => c.ChildIdentifiers.UPN, (c) => at.child(c, 'UPN'), (cell) => cell, (c) => c.ChildIdentifiers.LAchildID),
};
