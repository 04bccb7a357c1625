import { variants903 } from './rules-metadata.ts';
import { withoutUrn } from './placement-types.ts';
import { at, given, tableRule, type Ssda903Rule } from './ssda903-rule.ts';

/** A placement type without an Ofsted provider (see `withoutUrn`; H5 gains a URN from 2023/24) has no URN. */
export const rules: Ssda903Rule[] = variants903('222').map((meta) =>
  tableRule(meta, 'episodes', (row, context, report) => {
    if (row.PLACE !== null && withoutUrn(row.PLACE, context.endYear) && given(row, 'URN')) report(at.episode(row, 'URN'), [at.episode(row, 'PLACE')]);
  }),
);
