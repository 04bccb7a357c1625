import { variants903 } from './rules-metadata.ts';
import { at, code, type Ssda903Rule, tableRule } from './ssda903-rule.ts';
import { placementLa } from './placements.ts';

/**
 * A placement the council provides itself (PR1) is in the council's own area: the placement postcode's
 * council (the DfE's PL_LA) is the return's. Not checked when the council of the return is not known
 * (the CSVs do not carry it) or the postcode is blank or unknown (rules on postcodes report those).
 * The 2025/26 variant was not published with different wording and its change could not be found, so
 * both variants share this logic.
 */
export const rules: Ssda903Rule[] = variants903('1015').map((meta) =>
  tableRule(meta, 'episodes', (row, context, report) => {
    if (context.la === null || code(row.PLACE_PROVIDER) !== 'PR1') return;
    const la = placementLa(row, context);
    if (la !== null && la !== context.la) report(at.episode(row, 'PL_POST'), [at.episode(row, 'PLACE_PROVIDER')]);
  }),
);
