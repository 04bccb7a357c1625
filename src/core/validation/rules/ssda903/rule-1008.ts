import { meta903 } from './rules-metadata.ts';
import { at, code, type Ssda903Rule, tableRule } from './ssda903-rule.ts';

/** A placement with no Ofsted registration is recorded with a URN of X's (XXXXXXX), not a number to look up. */
const NO_URN = /^X+$/i;

/** A URN, where one is given, is a provider on the Ofsted provider list. */
export const rule: Ssda903Rule = tableRule(meta903('1008'), 'episodes', (row, context, report) => {
  const urn = code(row.URN);
  if (urn === null || NO_URN.test(urn)) return;
  if (context.providers!.find(urn) === undefined) report(at.episode(row, 'URN'));
});
