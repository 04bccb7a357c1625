import { meta903 } from './rules-metadata.ts';
import { at, childRule, given, type Ssda903Rule } from './ssda903-rule.ts';
import { OC2_REQUIRED } from './table-items.ts';

/**
 * A child of the OC2 cohort has immunisations, teeth check, health assessment and substance misuse given;
 * a child of the cohort with no OC2 row at all is reported on the episode open at 31 March.
 */
export const rule: Ssda903Rule = childRule(meta903('191'), (child, _context, report) => {
  if (!child.facts.continuouslyLookedAfter12Months) return;
  if (child.oc2.length === 0) {
    const open = child.facts.periods[child.facts.periods.length - 1]!.episodes;
    report(at.episode(open[open.length - 1]!, 'CHILD'));
    return;
  }
  for (let i = 0; i < child.oc2.length; i++) { const row = child.oc2[i]!; for (let j = 0; j < OC2_REQUIRED.length; j++) { const f = OC2_REQUIRED[j]!; if (!given(row, f)) report(at.oc2(row, f)); } }
});
