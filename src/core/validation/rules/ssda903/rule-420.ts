import { meta903 } from './rules-metadata.ts';
import { at, childRule, code, type Ssda903Rule } from './ssda903-rule.ts';
import { placementLa } from './placements.ts';
import { SHORT_BREAKS } from './episode-codes.ts';

/**
 * No placement council is recorded for short breaks (V3/V4). The DfE works the council out from the
 * placement postcode; here the postcode reference does, so a V3/V4 placement postcode that places the
 * child in a council is flagged.
 */
export const rule: Ssda903Rule = childRule(
  meta903('420', undefined, { howToFix: 'Leave the placement postcode blank for short breaks (V3/V4).' }),
  (child, context, report) => {
    for (let i = 0; i < child.episodes.length; i++) {
      const e = child.episodes[i]!;
      if (SHORT_BREAKS.has(code(e.LS) ?? '') && placementLa(e, context) !== null) report(at.episode(e, 'PL_POST'), [at.episode(e, 'LS')]);
    }
  },
);
