import type { RuleMeta } from '../../types.ts';
import { at, childRule, type Ssda903Rule } from './ssda903-rule.ts';
import { latestDecision } from './adoption-decisions.ts';

/**
 * Rules 559, 560 and 584: a decision to place for adoption made before this year was in last year's
 * return with the same date. Which rule reports a decision that was not depends on last year: no
 * decision at all (559), an open latest decision (560: its date was changed), a ceased one (584).
 */
export type LastYear = 'none' | 'open' | 'ceased';

export function earlierDecisionRecorded(meta: RuleMeta, when: LastYear): Ssda903Rule {
  return childRule(meta, (child, context, report) => {
    const before = child.previous!.placed_for_adoption.filter((p) => p.DATE_PLACED !== null);
    const latest = latestDecision(before);
    const state: LastYear = latest === undefined ? 'none' : latest.DATE_PLACED_CEASED === null ? 'open' : 'ceased';
    if (state !== when) return;
    for (let i = 0; i < child.placed_for_adoption.length; i++) {
      const p = child.placed_for_adoption[i]!;
      if (p.DATE_PLACED === null || p.DATE_PLACED >= context.collectionStart || before.some((b) => b.DATE_PLACED === p.DATE_PLACED)) continue;
      report(at.placed(p, 'DATE_PLACED'), latest ? [at.previous(at.placed(latest, 'DATE_PLACED'))] : []);
    }
  });
}

