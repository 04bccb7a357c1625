import { meta903 } from './rules-metadata.ts';
import { at, childRule, type Ssda903Rule } from './ssda903-rule.ts';

/**
 * A child in the UASC table both years has DUCs that agree: a DUC given last year is given unchanged this
 * year, and a DUC given only this year is not before 1 April (else last year's return should have had it).
 */
export const rule: Ssda903Rule = childRule(meta903('205B'), (child, context, report) => {
  const now = child.uasc[0];
  const before = child.previous?.uasc[0];
  if (!now || !before) return;
  const related = [at.previous(at.uasc(before, 'DUC'))];
  if (before.DUC !== null ? now.DUC !== before.DUC : now.DUC !== null && now.DUC < context.collectionStart) report(at.uasc(now, 'DUC'), related);
}, ['uasc']);
