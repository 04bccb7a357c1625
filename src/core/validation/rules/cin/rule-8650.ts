import { primaryNeedCode } from '../../../codes/cin-codes.ts';
import { codesIn } from '../../../codes/code-list.ts';
import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** A primary need code, when given, is a code of the year. */
export const rule: CinRule = childRule(
  {
    code: '8650',
    message: 'Primary Need Code invalid (see Primary Need table in CIN census code set)',
    severity: 'error',
    fields: ['PrimaryNeedCode'],
    tables: ['CINdetails'],
    years: CIN_YEARS,
    howToFix: 'Use one of the primary need codes N0 to N9.',
  },
  (child, context, report) => {
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      if (e.PrimaryNeedCode !== null && !codesIn(primaryNeedCode, context.endYear).has(e.PrimaryNeedCode)) report(at.episode(e, 'PrimaryNeedCode'));
    }
  },
);
