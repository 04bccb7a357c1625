import { meta903 } from './rules-metadata.ts';
import { at, given, tableRule, type Ssda903Rule } from './ssda903-rule.ts';

/**
 * An H5 placement running on or after 28 October 2023, when supported accommodation had to register with
 * Ofsted, has a URN. Whether the placement is in England needs the postcode reference; without it every H5
 * placement is checked (the DfE's "English" is noted for the person reading the finding).
 */
export const rule: Ssda903Rule = tableRule(meta903('230'), 'episodes', (row, _context, report) => {
  if (row.PLACE !== 'H5' || given(row, 'URN')) return;
  if (row.DEC === null || row.DEC >= '2023-10-28') report(at.episode(row, 'URN'), [at.episode(row, 'PLACE')]);
});
