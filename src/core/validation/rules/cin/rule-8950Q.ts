import { type CinRule } from './cin-rule.ts';
import { retiredFactorRule } from './retired-factor.ts';

/** Factor 19A is no longer to be used (2024/25 on). */
export const rule: CinRule = retiredFactorRule(
  {
    code: '8950Q',
    message: 'Please check and either amend data or provide a reason: the assessment factors code \'19A\' should not be used (\'19B\' or \'19C\' should be used instead)',
    severity: 'query',
    fields: ['AssessmentFactors'],
    tables: ['Assessments'],
    years: ['2024/25', '2025/26'],
    howToFix: 'Replace factor 19A with 19B or 19C, which say whether the abuse was by another child or by an adult.',
  },
  '19A',
);
