import { meta903 } from './rules-metadata.ts';
import { childRule, type Ssda903Rule } from './ssda903-rule.ts';
import { missingSpell, reportOpenNotCarried } from './spells.ts';

/** A missing or away period open at the end of last year's return is in this year's return, with the same start date. */
export const rule: Ssda903Rule = childRule(meta903('576'), (child, _context, report) => reportOpenNotCarried(child.previous!.missing, child.missing, missingSpell, report));
