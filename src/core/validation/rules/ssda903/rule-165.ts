import { meta903 } from './rules-metadata.ts';
import { at, blank, childRule, firstGiven, isFemale, isMale, type Ssda903Rule } from './ssda903-rule.ts';
import { OC3_ITEMS } from './table-items.ts';

/**
 * MOTHER, where given, is 0 or 1; a girl looked after during the year (an episode open on or after 1 April)
 * or a care leaver with OC3 items has it given; and a boy is not recorded as a mother. The DfE's fields
 * (SEX, DECOM, the OC3 items) name these conditions without the exact wording, so this is our reading.
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
  if (!isFemale(header.SEX) || !blank(mother)) return;
  const inYear = child.facts.episodes.find((e) => e.DEC === null || e.DEC >= context.collectionStart);
  const leaver = child.oc3.find((r) => firstGiven(r, OC3_ITEMS) !== undefined);
  if (inYear) report(at.header(header, 'MOTHER'), [at.header(header, 'SEX'), at.episode(inYear, 'DECOM')]);
  else if (leaver) report(at.header(header, 'MOTHER'), [at.header(header, 'SEX'), at.oc3(leaver, firstGiven(leaver, OC3_ITEMS)!)]);
});
