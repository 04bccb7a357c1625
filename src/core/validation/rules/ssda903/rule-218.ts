import { variants903 } from './rules-metadata.ts';
import { SHORT_BREAKS } from './episode-codes.ts';
import { ofstedRegistered } from './placement-types.ts';
import { at, code, given, tableRule, type Ssda903Rule } from './ssda903-rule.ts';

/**
 * A placement with an Ofsted-registered provider (see `ofstedRegistered`; K3 joins in 2024/25) has a URN,
 * for episodes open on or after 1 April (older episodes predate the year checked). An agreed series of short
 * breaks (V3/V4) is left out: rule 214 says its placement location, URN included, is not required and
 * reports one given, so the two rules can only both hold if this one does not ask for it. The three
 * variants differ in the placement codes of their year, which the grouping takes from the year.
 */
export const rules: Ssda903Rule[] = variants903('218').map((meta) =>
  tableRule(meta, 'episodes', (row, context, report) => {
    if (row.PLACE === null || !ofstedRegistered(row.PLACE, context.endYear) || given(row, 'URN') || SHORT_BREAKS.has(code(row.LS) ?? '')) return;
    if (row.DEC === null || row.DEC >= context.collectionStart) report(at.episode(row, 'URN'), [at.episode(row, 'PLACE')]);
  }),
);
