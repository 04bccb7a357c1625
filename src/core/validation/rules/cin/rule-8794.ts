import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** No disability code is given twice for a child. */
export const rule: CinRule = childRule(
  {
    code: '8794',
    message: 'Child has two or more disabilities with the same code',
    severity: 'error',
    fields: ['Disability'],
    tables: ['Disabilities'],
    years: CIN_YEARS,
    howToFix: 'Remove the repeated disability code: each code is recorded once per child.',
  },
  (child, _context, report) => {
    // A child has a handful of codes at most: a search of those before is cheaper than a set per child.
    const codes = child.ChildCharacteristics.Disabilities;
    for (let i = 1; i < codes.length; i++) if (codes.lastIndexOf(codes[i]!, i - 1) >= 0) report(at.disability(child, codes[i]!));
  },
);
