import { referenceDate } from '../../../model/collection-year.ts';
import { at, headerRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** The header must carry the census ReferenceDate: 31 March at the end of the collection year. */
export const rule: CinRule = headerRule(
  {
    code: '100',
    message: 'Reference Date is incorrect',
    severity: 'error',
    fields: ['ReferenceDate'],
    tables: ['Header'],
    years: CIN_YEARS,
    howToFix: 'Set the header ReferenceDate to 31 March at the end of the census year.',
  },
  (header, context, report) => {
    if (header?.ReferenceDate !== referenceDate(context.year)) report(at.header(header, 'ReferenceDate'));
  },
);
