import { meta903 } from './rules-metadata.ts';
import { at, given, tableRule, type Ssda903Rule } from './ssda903-rule.ts';

const POSTCODE_AND_URN = ['PL_POST', 'URN'] as const;

/**
 * An agreed series of short breaks (LS V3 or V4) has no placement location: no PL_POST and no URN. The
 * sources held only the message; we read "not required" as applying to short breaks, the episodes the
 * DfE's guide says are recorded without placement details.
 */
export const rule: Ssda903Rule = tableRule(meta903('214'), 'episodes', (row, _context, report) => {
  if (row.LS !== 'V3' && row.LS !== 'V4') return;
  for (let i = 0; i < POSTCODE_AND_URN.length; i++) { const f = POSTCODE_AND_URN[i]!; if (given(row, f)) report(at.episode(row, f), [at.episode(row, 'LS')]); }
});
