import { duplicates } from '../../duplicates.ts';
import { at, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** No two children of the return share an LA child ID (blank ids are left to 8500). */
export const rule: CinRule = {
  meta: {
    code: '8510',
    message: 'More than one child record with the same LA Child ID',
    severity: 'error',
    fields: ['LAchildID'],
    tables: ['ChildIdentifiers'],
    years: CIN_YEARS,
    howToFix: 'Two child records share this LA child ID: merge them if they are one child, or correct the ID of the other child.',
  },
  start: () => duplicates((c) => c.ChildIdentifiers.LAchildID, (c) => at.child(c, 'LAchildID'), (cell) => cell, (c) => c.ChildIdentifiers.LAchildID),
};
