import { meta903 } from './rules-metadata.ts';
import { at, code, type Ssda903Rule, tableRule } from './ssda903-rule.ts';

const POSTCODES = ['HOME_POST', 'PL_POST'] as const;

/** A UK postcode: outward code (area letters, district) then inward code (sector digit, unit letters), spaces optional. */
const POSTCODE = /^[A-Z]{1,2}[0-9][A-Z0-9]?\s*[0-9][A-Z]{2}$/i;

/** Home and placement postcodes, when given, are written as full UK postcodes. Whether the postcode exists is left to the distance rules. */
export const rule: Ssda903Rule = tableRule(
  meta903('392c', undefined, { howToFix: 'Correct the postcode: it is not written as a full UK postcode.' }),
  'episodes',
  (row, _context, report) => {
    for (let i = 0; i < POSTCODES.length; i++) {
      const f = POSTCODES[i]!;
      const postcode = code(row[f]);
      if (postcode !== null && !POSTCODE.test(postcode)) report(at.episode(row, f));
    }
  },
);
