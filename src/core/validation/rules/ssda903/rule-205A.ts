import { meta903 } from './rules-metadata.ts';
import { at, childRule, type Ssda903Rule } from './ssda903-rule.ts';

/**
 * A child in last year's UASC table who is in this year's header but not in this year's UASC table stopped
 * being UASC before this year, so last year's DUC is given and before 1 April. (In the CSV layout a child's
 * UASC status is having a row in the UASC table.)
 */
export const rule: Ssda903Rule = childRule(meta903('205A'), (child, context, report) => {
  const header = child.facts.header;
  const before = child.previous?.uasc[0];
  if (!header || !before || child.uasc.length > 0) return;
  if (before.DUC === null || before.DUC >= context.collectionStart) report(at.header(header, 'CHILD'), [at.previous(at.uasc(before, 'DUC'))]);
});
