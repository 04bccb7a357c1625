import type { Ad1, Ad1Field } from '../../../model/ssda903.ts';
import type { RuleMeta } from '../../types.ts';
import { at, childRule, tableRule, type Ssda903Rule } from './ssda903-rule.ts';

/**
 * Two families of SSDA903 code-pair rules that differ only in their codes: the sex of adopters a legal
 * status (or number) of adopters allows (511–524), and the placement types a placement provider cannot
 * provide (527–531, 550).
 */

/** When `field` of the AD1 row is `code`, SEX_ADOPTR must be one of `allowed` (a blank SEX_ADOPTR is left to the rules on blanks). */
export function sexOfAdoptersRule(meta: RuleMeta, field: Extract<Ad1Field, 'LS_ADOPTR' | 'NB_ADOPTR'>, code: string, allowed: readonly string[]): Ssda903Rule {
  return tableRule(meta, 'ad1', (row: Ad1, _context, report) => {
    const value = row[field];
    if (value === null || String(value).trim() !== code) return;
    const sex = row.SEX_ADOPTR?.trim();
    if (sex && !allowed.includes(sex)) report(at.ad1(row, 'SEX_ADOPTR'), [at.ad1(row, field)]);
  });
}

/**
 * Episodes with placement provider `provider` must not have (or, with `only`, must have) one of `placements`.
 * The placement type is the cell reported, since the provider code names who provides it.
 */
export function providerPlacementRule(meta: RuleMeta, provider: string, placements: readonly string[], only = false): Ssda903Rule {
  const set = new Set(placements);
  return childRule(meta, (child, _context, report) => {
    for (let i = 0; i < child.episodes.length; i++) {
      const e = child.episodes[i]!;
      if (e.PLACE_PROVIDER?.trim() !== provider || e.PLACE === null) continue;
      if (set.has(e.PLACE.trim()) !== only) report(at.episode(e, 'PLACE'), [at.episode(e, 'PLACE_PROVIDER')]);
    }
  });
}
