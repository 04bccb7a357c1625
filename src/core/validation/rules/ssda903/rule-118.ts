import { SHORT_BREAKS } from './episode-codes.ts';
import { meta903 } from './rules-metadata.ts';
import { at, childRule, type Ssda903Rule } from './ssda903-rule.ts';

/**
 * The decision no longer to place for adoption is on or after 1 April (it belongs to this year's return) and
 * on or after the day the child started to be looked after: the DECOM of the child's first episode that is
 * not a short break (V3/V4), which is how we read the DfE's fields DECOM and LS.
 */
export const rule: Ssda903Rule = childRule(meta903('118'), (child, context, report) => {
  const first = child.facts.episodes.find((e) => e.LS === null || !SHORT_BREAKS.has(e.LS));
  for (let i = 0; i < child.placed_for_adoption.length; i++) {
    const row = child.placed_for_adoption[i]!;
    const ceased = row.DATE_PLACED_CEASED;
    if (ceased === null) continue;
    if (ceased < context.collectionStart) report(at.placed(row, 'DATE_PLACED_CEASED'));
    else if (first && ceased < first.DECOM!) report(at.placed(row, 'DATE_PLACED_CEASED'), [at.episode(first, 'DECOM'), at.episode(first, 'LS')]);
  }
}, ['placed_for_adoption']);
