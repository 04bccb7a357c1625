import { meta903 } from './rules-metadata.ts';
import { at, childRule, type Ssda903Rule } from './ssda903-rule.ts';
import { adoptedInYear } from './episodes.ts';

/** A child with adoption (AD1) details was adopted in the year: an episode ends E11 or E12 in the year. */
export const rule: Ssda903Rule = childRule(meta903('602'), (child, context, report) => {
  if (child.ad1.length === 0) return;
  if (adoptedInYear(child, context)) return;
  for (let i = 0; i < child.ad1.length; i++) { const ad = child.ad1[i]!; report(at.ad1(ad, 'CHILD')); }
}, ['ad1']);
