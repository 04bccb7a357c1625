import { meta903 } from './rules-metadata.ts';
import { childRule, type Ssda903Rule } from './ssda903-rule.ts';
import { doloSpell, reportOpenNotCarried } from './spells.ts';

/** A DoLO open at the end of last year's return is in this year's, with the same start date. */
export const rule: Ssda903Rule = childRule(meta903('706'), (child, _context, report) => reportOpenNotCarried(child.previous!.dolo, child.dolo, doloSpell, report));
