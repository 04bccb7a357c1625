import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';
import { isUpnShaped } from './upn.ts';

/** A former UPN must have the UPN's shape; its check letter is not checked, as the DfE asks only for the format. */
export const rule: CinRule = childRule(
  {
    code: '1560Q',
    message: 'Please check and either amend or provide a reason: Former UPN wrongly formatted',
    severity: 'query',
    fields: ['FormerUPN'],
    tables: ['ChildIdentifiers'],
    years: CIN_YEARS,
    howToFix: 'Correct the former UPN: a letter, eleven digits and a digit or letter (13 characters), or leave it blank.',
  },
  (child, _context, report) => {
    const former = child.ChildIdentifiers.FormerUPN;
    if (former !== null && !isUpnShaped(former)) report(at.child(child, 'FormerUPN'));
  },
);
