import { variants903 } from './rules-metadata.ts';
import { AT_PROVIDER_PREMISES } from './placement-types.ts';
import { normalisePostcode } from './reference-data.ts';
import { at, blank, tableRule, type Ssda903Rule } from './ssda903-rule.ts';
import { providerOf } from './placements.ts';

/**
 * A placement at the provider's own premises (a home, supported accommodation, a family centre, a school:
 * not a foster or adoption placement, which is at the carers' home) has one of the provider's postcodes as
 * PL_POST. The three variants differ in their years' placement codes only.
 */
export const rules: Ssda903Rule[] = variants903('221').map((meta) =>
  tableRule(meta, 'episodes', (row, context, report) => {
    const provider = providerOf(row, context);
    if (!provider || row.PLACE === null || !AT_PROVIDER_PREMISES.has(row.PLACE) || blank(row.PL_POST)) return;
    if (!provider.postcodes.some((p) => normalisePostcode(p) === normalisePostcode(row.PL_POST!))) report(at.episode(row, 'PL_POST'), [at.episode(row, 'URN')]);
  }),
);
