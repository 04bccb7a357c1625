import { addDays, dayNumber } from '../../../model/dates.ts';
import { beforeReturnsGiven, careLeaverRule, reportCareLeaverInfo } from './care-leavers.ts';
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
 * exclude pre-planned short breaks.
 *
 * Only this year's and last year's episodes are given, so episodes that ended before last year's return
 * began (see `beforeReturnsGiven`) are unseen, and may have made the young person eligible: the DfE's
 * message warns of these false findings. The rule reports only what the two years prove. Unseen episodes
 * can only fill days before the returns that no episode given covers, and can only end before the
 * episodes given that run up to the returns' first day; so the young person is flagged when fewer than 13
 * weeks would be counted even if every such day was in care, or when no care after the 16th birthday is
 * given and no unseen episode could have ended after it. A child with no episodes at all is left to rule 1002.
 */
export const rule: Ssda903Rule = careLeaverRule(meta903('1001'), (row, child, context, report) => {
  const dob = dobOf(child, row);
  const episodes = twoYearsOfEpisodes(child);
  if (dob === null || episodes.length === 0) return;
  const from14 = dayNumber(birthday(dob, 14));
  const turned16 = dayNumber(birthday(dob, 16));
  const afterYearEnd = dayNumber(addDays(context.referenceDate, 1));
  const firstSeen = dayNumber(beforeReturnsGiven(context)) + 1;
  let days = 0;
  let counted = from14;
  let endedAfter16 = false;
  // What the episodes given (any legal status) cover before the returns' first day: no unseen episode can
  // be in those days, nor end after the start of a covered run that reaches that first day.
  let coveredEarly = 0;
  let covered = from14;
  let runStart = -Infinity;
  let runEnd = -Infinity;
  let reachingFrom: number | null = null;
  for (let i = 0; i < episodes.length; i++) {
    const e = episodes[i]!;
    const start = dayNumber(e.DECOM!);
    const end = e.DEC === null ? afterYearEnd : dayNumber(e.DEC);
    if (start > runEnd) runStart = start;
    runEnd = Math.max(runEnd, end);
    if (runStart < firstSeen && runEnd >= firstSeen) reachingFrom = runStart;
    const early = Math.min(end, firstSeen);
    if (early > Math.max(start, covered)) {
      coveredEarly += early - Math.max(start, covered);
      covered = early;
    }
    if (SHORT_BREAKS.has(code(e.LS) ?? '')) continue;
    if (end > turned16) endedAfter16 = true;
    const countFrom = Math.max(start, counted);
    if (end > countFrom) {
      days += end - countFrom;
      counted = end;
    }
  }
  const unseenDays = Math.max(0, firstSeen - from14 - coveredEarly);
  // An unseen episode ended by 31 March before the returns, or by the start of the covered run reaching them.
  const lastUnseenEnd = reachingFrom ?? firstSeen - 1;
  const tooShort = days + unseenDays < THIRTEEN_WEEKS;
  const noCareAfter16 = !endedAfter16 && turned16 >= lastUnseenEnd;
  if (tooShort || noCareAfter16) reportCareLeaverInfo(row, report, dobCell(child));
});
