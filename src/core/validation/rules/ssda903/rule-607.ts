import type { RuleMeta } from '../../types.ts';
import { SHORT_BREAKS } from './episode-codes.ts';
import { variants903 } from './rules-metadata.ts';
import { at, blank, childRule, eachVariant, femaleCode, inYear, type Ssda903Rule } from './ssda903-rule.ts';

function motherOnLeaving(meta: RuleMeta): Ssda903Rule {
  return childRule(meta, (child, context, report) => {
    const header = child.facts.header;
    const ceased = child.facts.ceased;
    if (header === null || ceased === null || !inYear(context, ceased.DEC!) || ceased.REC === 'X1') return;
    if (ceased.LS !== null && SHORT_BREAKS.has(ceased.LS)) return;
    if (header.SEX === femaleCode(context) && blank(header.MOTHER)) report(at.header(header, 'MOTHER'), [at.episode(ceased, 'DEC'), at.header(header, 'SEX')]);
  });
}

/**
 * A girl who ceased to be looked after in the year (not at the end of a short break, V3/V4) has MOTHER
 * completed. The variants differ in the SEX code for female (2, then F from 2024/25), which the year gives.
 */
export const rules: readonly Ssda903Rule[] = eachVariant(variants903('607'), motherOnLeaving);
