import { meta903 } from './rules-metadata.ts';
import { absentCell, at, blank, childRule, type Ssda903Rule } from './ssda903-rule.ts';
import { AD1_ITEMS } from './table-items.ts';
import { adoptedInYear } from './episodes.ts';

/** A child adopted in the year (an episode ending E11 or E12 in the year) has every adoption (AD1) field completed. */
export const rule: Ssda903Rule = childRule(meta903('601'), (child, context, report) => {
  const adopted = adoptedInYear(child, context);
  if (!adopted) return;
  const related = [at.episode(adopted, 'REC')];
  if (child.ad1.length === 0) for (let i = 0; i < AD1_ITEMS.length; i++) { const f = AD1_ITEMS[i]!; report(absentCell('AD1', f), related); }
  for (let i = 0; i < child.ad1.length; i++) { const ad = child.ad1[i]!; for (let j = 0; j < AD1_ITEMS.length; j++) { const f = AD1_ITEMS[j]!; if (blank(ad[f])) report(at.ad1(ad, f), related); } }
});
