import { parseDate, type IsoDate } from '../../../model/dates.ts';
import { meta903 } from './rules-metadata.ts';
import { at, blank, childRule, type Ssda903Rule } from './ssda903-rule.ts';

const PARTIAL = /^zz\/(zz|\d{2})\/(\d{4})$/i;

/**
 * The earliest day a DATE_PERM can mean, or null when it is not a valid value. The DfE allows a day (and
 * month) not known as `zz`: `zz/MM/YYYY` and `zz/zz/YYYY`; a month must be 01–12.
 */
export function earliestPermanenceDate(text: string): IsoDate | null {
  const t = text.trim();
  const m = PARTIAL.exec(t);
  if (!m) return parseDate(t);
  const month = m[1]!.toLowerCase() === 'zz' ? '01' : m[1]!;
  return parseDate(`${m[2]}-${month}-01`);
}

/**
 * The date of the previous permanence order is a valid (full or partial) date, on or before the child
 * started to be looked after (the latest RNE S episode). A partial date is compared by its earliest day,
 * so it is reported only when it must be later. Without a start in the return only the form is checked:
 * the DfE notes the false negatives this gives.
 */
export const rule: Ssda903Rule = childRule(meta903('632'), (child, _context, report) => {
  let started: (typeof child.facts.episodes)[number] | undefined;
  for (let i = 0; i < child.facts.episodes.length; i++) { const e = child.facts.episodes[i]!; if (e.RNE === 'S') started = e; }
  for (let i = 0; i < child.previous_permanence.length; i++) {
    const p = child.previous_permanence[i]!;
    if (blank(p.DATE_PERM)) continue;
    const earliest = earliestPermanenceDate(p.DATE_PERM!);
    if (earliest === null) report(at.permanence(p, 'DATE_PERM'));
    else if (started && earliest > started.DECOM!) report(at.permanence(p, 'DATE_PERM'), [at.episode(started, 'DECOM')]);
  }
}, ['previous_permanence']);
