import type { RuleMeta } from '../../types.ts';
import { at, childRule, type CinRule } from './cin-rule.ts';

/**
 * A child of school age has a UPN or a reason it is unknown; from 2024/25 that reason may not be UN1
 * ("not yet of school age"). The DfE's "more than 5 years old" / "of school age" is taken, in both
 * variants, as: five or older on the 31 August before the census year ends (Year 1 and above), which
 * is when every child is of compulsory school age.
 */

function upnExpected(meta: RuleMeta, acceptsUn1: boolean): CinRule {
  return childRule(meta, (child, context, report) => {
    const ids = child.ChildIdentifiers;
    if (ids.UPN !== null || ids.PersonBirthDate === null || ids.PersonBirthDate > `${context.endYear - 6}-08-31`) return;
    if (ids.UPNunknown === null || (!acceptsUn1 && ids.UPNunknown === 'UN1')) {
      report(at.child(child, 'UPNunknown'), [at.child(child, 'UPN'), at.child(child, 'PersonBirthDate')]);
    }
  });
}

/** To 2023/24: any reason will do. */
export const ruleTo2024: CinRule = upnExpected(
  {
    code: '8770Q',
    message: 'Please check and either amend data or provide a reason: UPN or reason UPN missing expected for a child who is more than 5 years old',
    severity: 'query',
    fields: ['UPNunknown'],
    tables: ['ChildIdentifiers'],
    years: ['2022/23', '2023/24'],
    howToFix: 'Add the child\'s UPN, or the reason it is not known (UN2 to UN7): a child of school age should have one.',
  },
  true,
);

/** From 2024/25: UN1 is no reason for a child of school age. */
export const rule: CinRule = upnExpected(
  {
    code: '8770Q',
    message: 'Please check and either amend data or provide a reason: UPN is missing or reason UPN is missing or is UN1 for a child who is of school age.',
    severity: 'query',
    fields: ['UPNunknown'],
    tables: ['ChildIdentifiers'],
    years: ['2024/25', '2025/26'],
    howToFix: 'Add the child\'s UPN, or the reason it is not known (UN2 to UN7): a child of school age should have one.',
  },
  false,
);
