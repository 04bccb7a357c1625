import { meta903 } from './rules-metadata.ts';
import { at, childRule, code, dobOf, type Ssda903Rule } from './ssda903-rule.ts';
import { birthday, dobCell } from './ages.ts';

/** Community homes: children's homes (secure or not), the only placements section 20(5) allows. */
const COMMUNITY_HOME = new Set(['K1', 'K2']);

/**
 * A person looked after past their 18th birthday is accommodated under section 20(5) (legal status V2) in
 * a community home. An episode is past the birthday when it ends after it, or is still open at 31 March
 * with the birthday on or before then; care ending on the birthday itself is not past it.
 */
export const rule: Ssda903Rule = childRule(
  meta903('359', undefined, { howToFix: 'Correct the legal status or placement: after 18 a person can only be looked after under V2 in a community home.' }),
  (child, context, report) => {
    const dob = dobOf(child);
    if (dob === null) return;
    const adult = birthday(dob, 18);
    for (let i = 0; i < child.episodes.length; i++) {
      const e = child.episodes[i]!;
      const past = e.DEC !== null ? e.DEC > adult : adult <= context.referenceDate;
      if (!past || (code(e.LS) === 'V2' && COMMUNITY_HOME.has(code(e.PLACE) ?? ''))) continue;
      report(at.episode(e, 'LS'), [at.episode(e, 'PLACE'), at.episode(e, 'DEC'), ...dobCell(child)]);
    }
  },
);
