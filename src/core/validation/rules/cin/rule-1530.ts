import type { RuleMeta } from '../../types.ts';
import { at, childRule, type CinRule } from './cin-rule.ts';
import { isUpnLaNumber } from './upn.ts';

/**
 * Characters 2 to 4 of a UPN are the DfE number of the LA that issued it. The rule's logic is the same in
 * every year; the list of LA numbers is taken for the census year (see upn.ts), hence a variant per list.
 */

function laNumberRule(meta: RuleMeta): CinRule {
  return childRule(meta, (child, context, report) => {
    const upn = child.ChildIdentifiers.UPN;
    if (upn !== null && !isUpnLaNumber(upn.slice(1, 4), context.endYear)) report(at.child(child, 'UPN'));
  });
}

/** 2022/23, before Cumberland and Westmorland and Furness existed. */
export const ruleTo2023: CinRule = laNumberRule(
  {
    code: '1530',
    message: 'UPN invalid (characters 2-4 not a recognised LA code)',
    severity: 'error',
    fields: ['UPN'],
    tables: ['ChildIdentifiers'],
    years: ['2022/23'],
    howToFix: 'Correct the UPN from the school\'s records: characters 2 to 4 must be the number of the local authority that issued it.',
  },
);

/** From 2023/24. */
export const rule: CinRule = laNumberRule(
  {
    code: '1530',
    message: 'UPN invalid (characters 2-4 not a recognised LA code)',
    severity: 'error',
    fields: ['UPN'],
    tables: ['ChildIdentifiers'],
    years: ['2023/24', '2024/25', '2025/26'],
    howToFix: 'Correct the UPN from the school\'s records: characters 2 to 4 must be the number of the local authority that issued it.',
  },
);
