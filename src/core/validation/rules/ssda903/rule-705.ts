import { meta903 } from './rules-metadata.ts';
import { childRule, type Ssda903Rule } from './ssda903-rule.ts';
import { doloSpell, reportOverlaps } from './spells.ts';

/** A DoLO starts only once the one before has ended (on that day at the earliest). */
export const rule: Ssda903Rule = childRule(meta903('705'), (child, _context, report) => reportOverlaps(child.dolo, doloSpell, report), ['dolo']);
