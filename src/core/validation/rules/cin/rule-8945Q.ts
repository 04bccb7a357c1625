import { type CinRule } from './cin-rule.ts';
import { retiredFactorRule } from './retired-factor.ts';

/** Factor 18A is no longer to be used (2024/25 on). */
export const rule: CinRule = retiredFactorRule(
  {
    code: '8945Q',
    message: 'Please check and either amend data or provide a reason: the assessment factors code \'18A\' should not be used (\'18B\' or \'18C\' should be used instead)',
    severity: 'query',
    fields: ['AssessmentFactors'],
    tables: ['Assessments'],
    years: ['2024/25', '2025/26'],
    howToFix: 'Replace factor 18A with 18B or 18C, which say whether the abuse was by another child or by an adult.',
  },
  '18A',
);
