import { ethnicity as ethnicityCodes } from '../../../codes/cin-codes.ts';
import { codesIn } from '../../../codes/code-list.ts';
import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** Ethnicity is present and one of the DfE codes. */
export const rule: CinRule = childRule(
  {
    code: '4220',
    message: 'Ethnicity is missing or invalid (see Ethnicity table)',
    severity: 'error',
    fields: ['Ethnicity'],
    tables: ['ChildCharacteristics'],
    years: CIN_YEARS,
    howToFix: 'Record the child\'s ethnicity with one of the DfE codes (REFU if refused, NOBT if not yet obtained).',
  },
  (child, context, report) => {
    const ethnicity = child.ChildCharacteristics.Ethnicity;
    if (ethnicity === null || !codesIn(ethnicityCodes, context.endYear).has(ethnicity)) report(at.ethnicity(child));
  },
);
