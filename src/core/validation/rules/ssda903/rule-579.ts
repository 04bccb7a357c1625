import type { PlacedForAdoption } from '../../../model/ssda903.ts';
import { meta903 } from './rules-metadata.ts';
import { at, childRule, type Ssda903Rule } from './ssda903-rule.ts';
import { reportOverlaps, type SpellFields } from './spells.ts';

const decision: SpellFields<PlacedForAdoption> = {
  start: (r) => r.DATE_PLACED,
  end: (r) => r.DATE_PLACED_CEASED,
  startCell: (r) => at.placed(r, 'DATE_PLACED'),
  endCell: (r) => at.placed(r, 'DATE_PLACED_CEASED'),
};

/** A new decision to place for adoption is made only once the one before has ceased (on that day at the earliest). */
export const rule: Ssda903Rule = childRule(meta903('579'), (child, _context, report) => reportOverlaps(child.placed_for_adoption, decision, report), ['placed_for_adoption']);
