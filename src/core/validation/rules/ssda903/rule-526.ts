import type { RuleMeta } from '../../types.ts';
import { meta903 } from './rules-metadata.ts';
import { at, blank, childRule, type Ssda903Rule } from './ssda903-rule.ts';

/** Temporary moves (T0–T4) and other placements (Z1) have no placement provider. */
const NO_PROVIDER = ['T0', 'T1', 'T2', 'T3', 'T4', 'Z1'];

function missingProvider(meta: RuleMeta, exempt: readonly string[]): Ssda903Rule {
  const set = new Set(exempt);
  return childRule(meta, (child, _context, report) => {
    for (let i = 0; i < child.episodes.length; i++) {
      const e = child.episodes[i]!;
      if (e.PLACE !== null && !set.has(e.PLACE.trim()) && blank(e.PLACE_PROVIDER)) report(at.episode(e, 'PLACE_PROVIDER'), [at.episode(e, 'PLACE')]);
    }
  });
}

/**
 * Every episode has a placement provider, except temporary moves and other placements. The 2025/26
 * variant is read as the same rule with the other-placement codes added that year (Z11–Z14); the
 * DfE's changed text for it was not available.
 */
export const rules: readonly Ssda903Rule[] = [
  missingProvider(meta903('526', '2022/23'), NO_PROVIDER),
  missingProvider(meta903('526', '2025/26'), [...NO_PROVIDER, 'Z11', 'Z12', 'Z13', 'Z14']),
];
