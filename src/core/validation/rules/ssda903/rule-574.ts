import { meta903 } from './rules-metadata.ts';
import { childRule, type Ssda903Rule } from './ssda903-rule.ts';
import { missingSpell, reportOverlaps } from './spells.ts';

/** A missing or away period starts only once the one before has ended (on that day at the earliest: a child can go missing again the day they return). */
export const rule: Ssda903Rule = childRule(meta903('574'), (child, _context, report) => reportOverlaps(child.missing, missingSpell, report), ['missing']);
