import type { Ssda903TableName } from '../../../model/ssda903.ts';
import { meta903, tableNeed } from './rules-metadata.ts';
import { at, cellIn, childRule, type Ssda903Rule } from './ssda903-rule.ts';

/**
 * The tables only a child looked after this year belongs in. UASC is left out: a UASC row of a care
 * leaver is rule 1014's, which the DfE writes separately.
 */
const LOOKED_AFTER_TABLES = [
  'reviews', 'missing', 'oc2', 'ad1', 'placed_for_adoption', 'previous_permanence', 'social_worker', 'dolo',
] as const satisfies readonly Ssda903TableName[];

/** A child in OC3 with no episodes this year is a care leaver only: each row of theirs in another table (bar Header and UASC) is flagged. */
export const rule: Ssda903Rule = childRule(meta903('1012', undefined, { needs: [tableNeed('oc3')] }), (child, _context, report) => {
  const leaver = child.oc3[0];
  if (leaver === undefined || child.episodes.length > 0) return;
  const because = [at.oc3(leaver, 'CHILD')];
  for (let i = 0; i < LOOKED_AFTER_TABLES.length; i++) {
    const table = LOOKED_AFTER_TABLES[i]!;
    const rows = child[table];
    for (let j = 0; j < rows.length; j++) { const row = rows[j]!; report(cellIn(table, row, 'CHILD'), because); }
  }
}, ['oc3']);
