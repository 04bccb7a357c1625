import { variants903 } from './rules-metadata.ts';
import { OTHER, TEMPORARY } from './placement-types.ts';
import { at, given, tableRule, type Ssda903Rule } from './ssda903-rule.ts';

/**
 * Temporary (T0–T4) and other (Z1; Z11–Z14 from 2025/26, the change we take the 2025/26 variant to make)
 * placements have no placement provider.
 */
export const rules: Ssda903Rule[] = variants903('213').map((meta) =>
  tableRule(meta, 'episodes', (row, _context, report) => {
    if (row.PLACE !== null && (TEMPORARY.has(row.PLACE) || OTHER.has(row.PLACE)) && given(row, 'PLACE_PROVIDER')) {
      report(at.episode(row, 'PLACE_PROVIDER'), [at.episode(row, 'PLACE')]);
    }
  }),
);
