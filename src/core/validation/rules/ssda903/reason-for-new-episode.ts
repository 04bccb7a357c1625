import type { Episode } from '../../../model/ssda903.ts';
import type { RuleMeta } from '../../types.ts';
import { predecessor } from './episodes.ts';
import { samePostcode } from './placements.ts';
import { at, childRule, code, type Ssda903Rule } from './ssda903-rule.ts';

/** The placement is the same: type, postcode, Ofsted URN and provider all unchanged. */
function samePlacement(a: Episode, b: Episode): boolean {
  return code(a.PLACE) === code(b.PLACE) && samePostcode(a.PL_POST, b.PL_POST) && code(a.URN) === code(b.URN) && code(a.PLACE_PROVIDER) === code(b.PLACE_PROVIDER);
}

/**
 * "The reason for new episode says what changed, so the episode data must show it": for each episode with
 * one of `reasons` that continues the episode before it (starting the day that one ended), the legal
 * status and the placement (type, postcode, URN, provider) must each have changed or not as expected.
 */
export function continuationRule(meta: RuleMeta, reasons: ReadonlySet<string>, expect: { readonly legalStatus: boolean; readonly placement: boolean }): Ssda903Rule {
  return childRule(meta, (child, _context, report) => {
    const episodes = child.facts.episodes;
    for (let i = 1; i < episodes.length; i++) {
      const e = episodes[i]!;
      const before = predecessor(episodes, i);
      if (!before || !reasons.has(code(e.RNE) ?? '')) continue;
      const legalStatus = code(before.LS) !== code(e.LS);
      const placement = !samePlacement(before, e);
      if (legalStatus !== expect.legalStatus || placement !== expect.placement) {
        report(at.episode(e, 'RNE'), [at.episode(e, 'LS'), at.episode(before, 'LS'), at.episode(e, 'PLACE'), at.episode(before, 'PLACE')]);
      }
    }
  });
}
