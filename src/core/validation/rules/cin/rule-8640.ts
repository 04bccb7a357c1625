import { reasonForClosure } from '../../../codes/cin-codes.ts';
import { codesIn } from '../../../codes/code-list.ts';
import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** A reason for closure, when given, is a code of the year. */
export const rule: CinRule = childRule(
  {
    code: '8640',
    message: 'CIN Reason for closure code invalid (see Reason for Closure table in CIN Census code set)',
    severity: 'error',
    fields: ['ReasonForClosure'],
    tables: ['CINdetails'],
    years: CIN_YEARS,
    howToFix: 'Use one of the reason-for-closure codes RC1 to RC9 (RC9 from 2022/23).',
  },
  (child, context, report) => {
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      if (e.ReasonForClosure !== null && !codesIn(reasonForClosure, context.endYear).has(e.ReasonForClosure)) report(at.episode(e, 'ReasonForClosure'));
    }
  },
);
