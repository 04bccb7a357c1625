import { ageOn } from '../../../model/dates.ts';
import { meta903 } from './rules-metadata.ts';
import { at, childRule, type Ssda903Rule } from './ssda903-rule.ts';

/**
 * An unaccompanied asylum-seeking child (a row in the UASC table) is expected to be older: one under 10 on
 * 31 March is reported for the date of birth to be checked. The DfE gives no age in the sources held; 10 is
 * our choice, well below the ages UASC almost always are. The UASC table is needed for the status.
 */
export const rule: Ssda903Rule = childRule(meta903('231', undefined, { needs: ['table:uasc'] }), (child, context, report) => {
  const header = child.facts.header;
  if (!header || header.DOB === null || child.uasc.length === 0) return;
  if (ageOn(header.DOB, context.referenceDate) < 10) report(at.header(header, 'DOB'), [at.uasc(child.uasc[0]!, 'CHILD')]);
}, ['uasc']);
