import { meta903 } from './rules-metadata.ts';
import { firstInCareThisYear } from './episodes.ts';
import { at, blank, childRule, firstGiven, isFemale, isMale, type Ssda903Rule } from './ssda903-rule.ts';
import { OC3_ITEMS } from './table-items.ts';

/**
 * MOTHER, where given, is 0 or 1, and a boy is not recorded as a mother. A girl looked after during the year
 * (an episode open on or after 1 April) has it given; a care leaver with OC3 items and no such episode has
 * it blank. Episodes of agreed short breaks (V3/V4) are not "looked after" here, as rule 399 asks for MOTHER
 * to be blank for them, and a care leaver not looked after in the year has none, as rule 628 says. The DfE's
 * fields (SEX, DECOM, the OC3 items) name these conditions without the exact wording, so this is our reading.
 */
export const rule: Ssda903Rule = childRule(meta903('165'), (child, context, report) => {
  const header = child.facts.header;
  if (!header) return;
  const mother = header.MOTHER;
  if (!blank(mother) && mother !== '0' && mother !== '1') {
    report(at.header(header, 'MOTHER'));
    return;
  }
  if (isMale(header.SEX) && mother === '1') {
    report(at.header(header, 'MOTHER'), [at.header(header, 'SEX')]);
    return;
  }
  if (!isFemale(header.SEX)) return;
  const inYear = firstInCareThisYear(child, context);
  if (inYear) {
    if (blank(mother)) report(at.header(header, 'MOTHER'), [at.header(header, 'SEX'), at.episode(inYear, 'DECOM')]);
    return;
  }
  if (blank(mother)) return;
  const leaver = child.oc3.find((r) => firstGiven(r, OC3_ITEMS) !== undefined);
  if (leaver) report(at.header(header, 'MOTHER'), [at.header(header, 'SEX'), at.oc3(leaver, firstGiven(leaver, OC3_ITEMS)!)]);
});
