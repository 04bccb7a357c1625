import { meta903 } from './rules-metadata.ts';
import { at, childRule, code, type Ssda903Rule } from './ssda903-rule.ts';

/** Placements with the current foster carer(s); A1/A2 are the codes before 2005 still found in long histories. */
const WITH_FOSTER_CARER = new Set(['A2', 'A3', 'A5']);
const NOT_WITH_FOSTER_CARER = new Set(['A1', 'A4', 'A6']);

/** FOSTER_CARE in AD1 agrees with the child's last placement: 0 (not adopted by the foster carer) rules out A2/A3/A5, 1 rules out A1/A4/A6. */
export const rule: Ssda903Rule = childRule(
  meta903('335', undefined, { howToFix: 'Correct FOSTER_CARE or the last placement type: they disagree about adoption by the foster carer.' }),
  (child, _context, report) => {
    const last = child.facts.episodes[child.facts.episodes.length - 1];
    const place = code(last?.PLACE ?? null);
    if (!last || place === null) return;
    for (let i = 0; i < child.ad1.length; i++) {
      const row = child.ad1[i]!;
      const foster = code(row.FOSTER_CARE);
      if ((foster === '0' && WITH_FOSTER_CARER.has(place)) || (foster === '1' && NOT_WITH_FOSTER_CARER.has(place))) {
        report(at.ad1(row, 'FOSTER_CARE'), [at.episode(last, 'PLACE')]);
      }
    }
  },
  ['ad1'],
);
