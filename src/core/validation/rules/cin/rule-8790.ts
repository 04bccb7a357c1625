import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** NONE is not given together with other disability codes. */
export const rule: CinRule = childRule(
  {
    code: '8790',
    message: 'Disability information includes both None and other values',
    severity: 'error',
    fields: ['Disability'],
    tables: ['Disabilities'],
    years: CIN_YEARS,
    howToFix: 'Remove NONE from the child\'s disabilities, or remove the other codes if the child has no disability.',
  },
  (child, _context, report) => {
    const disabilities = child.ChildCharacteristics.Disabilities;
    if (disabilities.length > 1 && disabilities.includes('NONE')) report(at.disability(child, 'NONE'), disabilities.filter((d) => d !== 'NONE').map((d) => at.disability(child, d)));
  },
);
