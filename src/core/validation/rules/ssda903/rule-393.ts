import { ageOn } from '../../../model/dates.ts';
import { meta903, variants903 } from './rules-metadata.ts';
import { at, childRule, code, eachVariant, femaleCode, type Ssda903Rule } from './ssda903-rule.ts';
import { SHORT_BREAKS } from './episode-codes.ts';

/**
 * A looked-after girl old enough to be a mother has MOTHER completed. The DfE's message does not give the
 * age; 12 on 31 March is taken, the age from which the DfE's guide asks for the item. "Looked after" is any
 * episode in the return other than short breaks (which rule 399 says leave MOTHER blank). The two variants
 * differ in the SEX codes of their years (2 until 2023/24, F from 2024/25).
 */
const MIN_AGE = 12;

export const rules: readonly Ssda903Rule[] = eachVariant(
  variants903('393').map((v) => meta903('393', v.years[0], { howToFix: 'Record whether the young woman is a mother (MOTHER 0 or 1).' })),
  (meta) =>
    childRule(meta, (child, context, report) => {
      const header = child.facts.header;
      if (!header || header.DOB === null || code(header.MOTHER) !== null) return;
      if (code(header.SEX) !== femaleCode(context) || ageOn(header.DOB, context.referenceDate) < MIN_AGE) return;
      if (child.episodes.some((e) => !SHORT_BREAKS.has(code(e.LS) ?? ''))) report(at.header(header, 'MOTHER'), [at.header(header, 'SEX'), at.header(header, 'DOB')]);
    }),
);
