import { meta903 } from './rules-metadata.ts';
import { at, blank, childRule, type Ssda903Rule } from './ssda903-rule.ts';

/** A care leaver (OC3) with no episode in the year (none open on or after 1 April) has no motherhood details. */
export const rule: Ssda903Rule = childRule(meta903('628'), (child, context, report) => {
  const header = child.facts.header;
  if (!header || child.oc3.length === 0 || blank(header.MOTHER)) return;
  if (child.facts.episodes.some((e) => e.DEC === null || e.DEC >= context.collectionStart)) return;
  report(at.header(header, 'MOTHER'));
}, ['oc3']);
