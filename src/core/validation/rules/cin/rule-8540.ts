import { disability } from '../../../codes/cin-codes.ts';
import { codesIn } from '../../../codes/code-list.ts';
import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** Disability codes are valid, and a born child with a referral that went on to further action has at least one (NONE counts). */
export const rule: CinRule = childRule(
  {
    code: '8540',
    message: 'Child’s disability is missing or invalid (see Disability table)',
    severity: 'error',
    fields: ['Disability', 'PersonBirthDate', 'ReferralNFA'],
    tables: ['ChildCharacteristics'],
    years: CIN_YEARS,
    howToFix: 'Record the child\'s disabilities with the DfE codes (NONE if the child has none).',
  },
  (child, context, report) => {
    const codes = codesIn(disability, context.endYear);
    const disabilities = child.ChildCharacteristics.Disabilities;
    for (let i = 0; i < disabilities.length; i++) { const code = disabilities[i]!; if (!codes.has(code)) report(at.disability(child, code)); }
    if (disabilities.length === 0 && child.ChildIdentifiers.PersonBirthDate !== null) {
      const furtherAction = child.CINdetails.find((e) => e.ReferralNFA === false);
      if (furtherAction) report(at.disability(child, null), [at.child(child, 'PersonBirthDate'), at.episode(furtherAction, 'ReferralNFA')]);
    }
  },
);
