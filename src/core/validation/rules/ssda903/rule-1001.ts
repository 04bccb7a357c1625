import { addDays, dayNumber } from '../../../model/dates.ts';
import { careLeaverRule, reportCareLeaverInfo } from './care-leavers.ts';
import { meta903 } from './rules-metadata.ts';
import { code, dobOf, type Ssda903Rule } from './ssda903-rule.ts';
import { twoYearsOfEpisodes } from './episodes.ts';
import { birthday, dobCell } from './ages.ts';
import { SHORT_BREAKS } from './episode-codes.ts';

/** Thirteen weeks, the least time in care after the 14th birthday that makes a young person eligible for leaving care support. */
const THIRTEEN_WEEKS = 91;

/**
 * Care leaver information is only for relevant and former relevant children: looked after for periods
 * totalling at least 13 weeks which began after the 14th birthday and ended after the 16th (Children Act
 * 1989 s23A and Sch 2 para 19B, as the DfE's guide defines them). Days are counted from DECOM up to DEC
 * (an open episode to 31 March); agreed series of short breaks (V3/V4) do not count, as the regulations
 * exclude pre-planned short breaks. Only the episodes of this year and last year are known here, so, as
 * the DfE's message warns, a young person whose care ended before last year may be flagged wrongly; a
 * child with no episodes at all is left to rule 1002.
 */
export const rule: Ssda903Rule = careLeaverRule(meta903('1001'), (row, child, context, report) => {
  const dob = dobOf(child, row);
  const episodes = twoYearsOfEpisodes(child);
  if (dob === null || episodes.length === 0) return;
  const from14 = dayNumber(birthday(dob, 14));
  const turned16 = birthday(dob, 16);
  const afterYearEnd = addDays(context.referenceDate, 1);
  let days = 0;
  let counted = from14;
  let endedAfter16 = false;
  for (const e of episodes) {
    if (SHORT_BREAKS.has(code(e.LS) ?? '')) continue;
    const end = e.DEC ?? afterYearEnd;
    if (end > turned16) endedAfter16 = true;
    const endDay = dayNumber(end);
    const startDay = Math.max(dayNumber(e.DECOM!), counted);
    if (endDay > startDay) {
      days += endDay - startDay;
      counted = endDay;
    }
  }
  if (days < THIRTEEN_WEEKS || !endedAfter16) reportCareLeaverInfo(row, report, dobCell(child));
});
