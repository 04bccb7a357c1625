import { variants903 } from './rules-metadata.ts';
import { TEMPORARY } from './placement-types.ts';
import { at, given, tableRule, type Ssda903Rule } from './ssda903-rule.ts';

/** A temporary placement (T0–T4) has no reason for placement change. The variants differ only in wording. */
export const rules: Ssda903Rule[] = variants903('226').map((meta) =>
  tableRule(meta, 'episodes', (row, _context, report) => {
    if (row.PLACE !== null && TEMPORARY.has(row.PLACE) && given(row, 'REASON_PLACE_CHANGE')) {
      report(at.episode(row, 'REASON_PLACE_CHANGE'), [at.episode(row, 'PLACE')]);
    }
  }),
);
