import { meta903 } from './rules-metadata.ts';
import { at, childRule, type Ssda903Rule } from './ssda903-rule.ts';

const SGO_TO_FOSTER_CARERS = new Set(['E45', 'E46']);
const FOSTERED = new Set(['U1', 'U2', 'U3', 'U4', 'U5', 'U6']);

/** A special guardianship order to former foster carers (E45, E46) ends an episode of foster care (U1–U6). */
export const rule: Ssda903Rule = childRule(meta903('516'), (child, _context, report) => {
  for (let i = 0; i < child.episodes.length; i++) {
    const e = child.episodes[i]!;
    if (e.REC !== null && SGO_TO_FOSTER_CARERS.has(e.REC.trim()) && !(e.PLACE !== null && FOSTERED.has(e.PLACE.trim()))) {
      report(at.episode(e, 'PLACE'), [at.episode(e, 'REC')]);
    }
  }
});
