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
    const seen = new Set<string>();
    for (let i = 0; i < child.ChildCharacteristics.Disabilities.length; i++) {
      const code = child.ChildCharacteristics.Disabilities[i]!;
      if (seen.has(code)) report(at.disability(child, code));
      seen.add(code);
    }
  },
);
