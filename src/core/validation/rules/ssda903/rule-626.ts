import { meta903 } from './rules-metadata.ts';
import { at, childRule, type Ssda903Rule } from './ssda903-rule.ts';

/**
 * A mother whose first child was born before this year was already a mother in last year's return. Only
 * last year's MOTHER 0 contradicts it: a blank is not a statement either way.
 */
export const rule: Ssda903Rule = childRule(meta903('626'), (child, context, report) => {
  const header = child.facts.header;
  const before = child.previous!.header[0];
  if (!header || !before || header.MOTHER !== '1' || header.MC_DOB === null || header.MC_DOB >= context.collectionStart) return;
  if (before.MOTHER?.trim() === '0') report(at.header(header, 'MC_DOB'), [at.previous(at.header(before, 'MOTHER'))]);
});
