import { at, childRule, inCensusYear, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** A closure date falls within the census period. */
export const rule: CinRule = childRule(
  {
    code: '8620',
    message: 'CIN Closure Date present and does not fall within the Census year',
    severity: 'error',
    fields: ['CINclosureDate'],
    tables: ['CINdetails'],
    years: CIN_YEARS,
    howToFix: 'Correct the closure date: a case closed in this census must close within the census year.',
  },
  (child, context, report) => {
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      if (e.CINclosureDate !== null && !inCensusYear(context, e.CINclosureDate)) report(at.episode(e, 'CINclosureDate'));
    }
  },
);
