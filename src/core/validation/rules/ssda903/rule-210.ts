import { daysBetween } from '../../../model/dates.ts';
import { meta903 } from './rules-metadata.ts';
import { at, childRule, type Ssda903Rule } from './ssda903-rule.ts';

/** UN4 (newly looked after, UPN not yet known) is not used for a child whose care open at 31 March began more than 7 days before. */
export const rule: Ssda903Rule = childRule(meta903('210'), (child, context, report) => {
  const header = child.facts.header;
  if (header?.UPN?.trim().toUpperCase() !== 'UN4' || !child.facts.lookedAfterAtYearEnd) return;
  const open = child.facts.periods.findLast((p) => p.start <= context.referenceDate && (p.end === null || p.end > context.referenceDate))!;
  if (daysBetween(open.start, context.referenceDate) > 7) report(at.header(header, 'UPN'), [at.episode(open.episodes[0]!, 'DECOM')]);
});
