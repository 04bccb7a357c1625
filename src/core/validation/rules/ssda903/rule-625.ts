import { meta903 } from './rules-metadata.ts';
import { at, childRule, type Ssda903Rule } from './ssda903-rule.ts';

/** The first child is born by 31 March, and by the day the mother ceased to be looked after when she did. */
export const rule: Ssda903Rule = childRule(meta903('625'), (child, context, report) => {
  const header = child.facts.header;
  if (header === null || header.MC_DOB === null) return;
  const ceased = child.facts.ceased;
  if (header.MC_DOB > context.referenceDate) report(at.header(header, 'MC_DOB'));
  else if (ceased && header.MC_DOB > ceased.DEC!) report(at.header(header, 'MC_DOB'), [at.episode(ceased, 'DEC')]);
});
