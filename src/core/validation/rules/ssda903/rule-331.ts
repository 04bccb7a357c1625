import { meta903 } from './rules-metadata.ts';
import { ADOPTION } from './placement-types.ts';
import { at, childRule, code, type Ssda903Rule } from './ssda903-rule.ts';
import { adoptionEpisode } from './episodes.ts';

/**
 * For a child adopted in the return (an episode ending E11/E12), the date matched with the adopters is on
 * or before the child was placed for adoption: the DECOM of the first of the run of placed-for-adoption
 * episodes (A3–A6) that ends in the adoption. The DfE does not say which episode when legal status changed
 * during the adoptive placement; the placement's first day is taken.
 */
export const rule: Ssda903Rule = childRule(
  meta903('331', undefined, { howToFix: 'Correct the date of matching or the date of the adoptive placement: matching comes first.' }),
  (child, _context, report) => {
    const adopted = adoptionEpisode(child);
    if (!adopted) return;
    const episodes = child.facts.episodes;
    let i = episodes.indexOf(adopted);
    if (!ADOPTION.has(code(adopted.PLACE) ?? '')) return;
    while (i > 0 && episodes[i - 1]!.DEC === episodes[i]!.DECOM && ADOPTION.has(code(episodes[i - 1]!.PLACE) ?? '')) i--;
    const placed = episodes[i]!;
    for (let j = 0; j < child.ad1.length; j++) {
      const row = child.ad1[j]!;
      if (row.DATE_MATCH !== null && row.DATE_MATCH > placed.DECOM!) report(at.ad1(row, 'DATE_MATCH'), [at.episode(placed, 'DECOM'), at.episode(adopted, 'REC')]);
    }
  },
  ['ad1'],
);
