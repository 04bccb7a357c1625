import type { RuleMeta } from '../../types.ts';
import { meta903 } from './rules-metadata.ts';
import { at, blank, childRule, inYear, type Ssda903Rule } from './ssda903-rule.ts';
import { ADOPTED } from './episode-codes.ts';
import { latestDecision } from './adoption-decisions.ts';

const CEASED = ['DATE_PLACED_CEASED', 'REASON_PLACED_CEASED'] as const;

function leftCareNotAdopted(meta: RuleMeta): Ssda903Rule {
  return childRule(meta, (child, context, report) => {
    const decision = latestDecision(child.placed_for_adoption);
    const ceased = child.facts.ceased;
    if (decision === undefined || ceased === null || !inYear(context, ceased.DEC!)) return;
    if (ceased.REC === null || ceased.REC === 'X1' || ADOPTED.has(ceased.REC)) return;
    for (let i = 0; i < CEASED.length; i++) {
      const f = CEASED[i]!;
      if (blank(decision[f])) report(at.placed(decision, f), [at.episode(ceased, 'REC')]);
    }
  }, ['placed_for_adoption']);
}

/**
 * A child with a decision to be placed for adoption who left care in the year other than by adoption
 * (REC not E11, E12 or X1) has that decision ended: the date and reason it ceased are given. The latest
 * decision is the one checked. The 2024/25 variant's changed wording was not available; both variants
 * apply this reading.
 */
export const rules: readonly Ssda903Rule[] = [leftCareNotAdopted(meta903('557', '2022/23')), leftCareNotAdopted(meta903('557', '2024/25'))];
