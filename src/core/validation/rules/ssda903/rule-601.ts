import { absentCell, ADOPTION_FIELDS, adoptedInYear } from './range-helpers-500-999.ts';
import { meta903 } from './rules-metadata.ts';
import { at, blank, childRule, type Ssda903Rule } from './ssda903-rule.ts';

/** A child adopted in the year (an episode ending E11 or E12 in the year) has every adoption (AD1) field completed. */
export const rule: Ssda903Rule = childRule(meta903('601'), (child, context, report) => {
  const adopted = adoptedInYear(child, context);
  if (!adopted) return;
  const related = [at.episode(adopted, 'REC')];
  if (child.ad1.length === 0) for (const f of ADOPTION_FIELDS) report(absentCell('AD1', f), related);
  for (const ad of child.ad1) for (const f of ADOPTION_FIELDS) if (blank(ad[f])) report(at.ad1(ad, f), related);
});
