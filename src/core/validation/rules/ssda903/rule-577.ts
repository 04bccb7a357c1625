import { meta903 } from './rules-metadata.ts';
import { childRule, type Ssda903Rule } from './ssda903-rule.ts';
import { missingSpell, reportOpenAfterCare } from './spells.ts';

/** A child who ceased to be looked after (the final episode has a DEC) has no missing or away period left open. */
export const rule: Ssda903Rule = childRule(meta903('577'), (child, _context, report) => reportOpenAfterCare(child, child.missing, missingSpell, report), ['missing']);
