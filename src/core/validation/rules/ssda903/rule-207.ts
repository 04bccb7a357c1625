import { meta903 } from './rules-metadata.ts';
import { at, childRule, type Ssda903Rule } from './ssda903-rule.ts';
import { previousCell } from './year-on-year.ts';

/**
 * A child recorded as a mother last year (MOTHER 1) is still one this year, when looked after this year (an
 * episode open on or after 1 April: the DfE names the episodes for this).
 */
export const rule: Ssda903Rule = childRule(meta903('207'), (child, context, report) => {
  const now = child.facts.header;
  const before = child.previous?.header[0];
  if (!now || before?.MOTHER !== '1' || now.MOTHER === '1') return;
  if (!child.facts.episodes.some((e) => e.DEC === null || e.DEC >= context.collectionStart)) return;
  report(at.header(now, 'MOTHER'), [previousCell(before, 'MOTHER')]);
});
