import { ageOn } from '../../../model/dates.ts';
import { meta903 } from './rules-metadata.ts';
import { at, childRule, type Ssda903Rule } from './ssda903-rule.ts';

/**
 * A child recorded as a mother is at least 11. The DfE does not say on which day; the age is taken at
 * the start of the collection year (1 April), as the DfE's other motherhood rules look back over the year.
 */
export const rule: Ssda903Rule = childRule(meta903('620'), (child, context, report) => {
  const header = child.facts.header;
  if (header && header.MOTHER === '1' && header.DOB !== null && ageOn(header.DOB, context.collectionStart) < 11) {
    report(at.header(header, 'MOTHER'), [at.header(header, 'DOB')]);
  }
});
