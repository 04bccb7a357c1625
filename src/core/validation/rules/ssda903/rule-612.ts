import type { RuleMeta } from '../../types.ts';
import { variants903 } from './rules-metadata.ts';
import { at, blank, childRule, eachVariant, femaleCode, type Ssda903Rule } from './ssda903-rule.ts';

function motherWithChild(meta: RuleMeta): Ssda903Rule {
  return childRule(meta, (child, context, report) => {
    const header = child.facts.header;
    if (header === null || header.SEX !== femaleCode(context) || header.MOTHER === '1') return;
    if (!blank(header.raw?.MC_DOB ?? header.MC_DOB)) report(at.header(header, 'MOTHER'), [at.header(header, 'MC_DOB'), at.header(header, 'SEX')]);
  });
}

/** A girl with a first child's date of birth is a mother (MOTHER 1). The variants differ in the SEX code for female (2, then F). */
export const rules: readonly Ssda903Rule[] = eachVariant(variants903('612'), motherWithChild);
