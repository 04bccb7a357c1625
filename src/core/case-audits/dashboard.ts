import { addDays, addMonths, type IsoDate } from '../model/dates.ts';
import { finalGrades, isComplete, type AuditStatus, type CaseAudit } from './audit.ts';
import { noGrades, shareGoodOrBetter, type GradeCounts } from './grades.ts';
import { moderationAgreement, type ModerationAgreement } from './moderation.ts';

export type Interval = 'month' | 'quarter';

/** A month or a calendar quarter that completed audits are counted in. */
export interface AuditPeriod {
  /** `2025-04` for a month, `2025-Q2` for a quarter. */
  readonly key: string;
  /** In words: `April 2025`, `Apr to Jun 2025`. */
  readonly label: string;
  readonly start: IsoDate;
  readonly end: IsoDate;
}

export interface PeriodGrades extends AuditPeriod {
  /** Audits completed (submitted or moderated) in the period. */
  readonly audits: number;
  /** Overall grades, the moderator's where moderated. */
  readonly grades: GradeCounts;
  /** Percentage good or outstanding; null when no audit was completed. */
  readonly goodOrBetter: number | null;
  readonly moderation: ModerationAgreement;
}

export interface CaseAuditDashboard {
  readonly interval: Interval;
  /** Every period from the first completed audit's to the last's, gaps included, oldest first. */
  readonly periods: readonly PeriodGrades[];
  /** All completed audits together. */
  readonly overall: { readonly audits: number; readonly grades: GradeCounts; readonly goodOrBetter: number | null };
  /** Each domain's grades over all completed audits, by its title (templates may share a domain). */
  readonly domains: readonly { readonly title: string; readonly grades: GradeCounts; readonly goodOrBetter: number | null }[];
  /** Each theme with how many completed audits tagged it in each period (aligned with `periods`), most tagged first. */
  readonly themes: readonly { readonly theme: string; readonly total: number; readonly byPeriod: readonly number[] }[];
  readonly moderation: ModerationAgreement;
  /** How many audits are at each stage, complete or not. */
  readonly status: Readonly<Record<AuditStatus, number>>;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The month or calendar quarter holding the date. */
export function periodOf(date: IsoDate, interval: Interval): AuditPeriod {
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  const first = interval === 'month' ? month : month - ((month - 1) % 3);
  const start = `${year}-${String(first).padStart(2, '0')}-01`;
  const end = addDays(addMonths(start, interval === 'month' ? 1 : 3), -1);
  if (interval === 'month') return { key: start.slice(0, 7), label: `${MONTHS[month - 1]} ${year}`, start, end };
  return { key: `${year}-Q${(first - 1) / 3 + 1}`, label: `${MONTHS[first - 1]!.slice(0, 3)} to ${MONTHS[first + 1]!.slice(0, 3)} ${year}`, start, end };
}

/**
 * Grades and themes over time from a council's case audits: each completed audit counted in the month
 * or quarter it was submitted, with its final grades (the moderator's where it was moderated), so that
 * leaders can see whether practice is changing and which themes persist.
 */
export function caseAuditDashboard(audits: readonly CaseAudit[], interval: Interval): CaseAuditDashboard {
  const status: Record<AuditStatus, number> = { planned: 0, 'in-progress': 0, submitted: 0, moderated: 0 };
  for (const a of audits) status[a.status]++;
  const complete = audits.filter((a) => isComplete(a) && a.submittedAt !== null);
  const dateOf = (a: CaseAudit) => a.submittedAt!.slice(0, 10);
  const periods: AuditPeriod[] = [];
  if (complete.length) {
    const dates = complete.map(dateOf).sort();
    for (let p = periodOf(dates[0]!, interval); p.start <= dates.at(-1)!; p = periodOf(addMonths(p.start, interval === 'month' ? 1 : 3), interval)) periods.push(p);
  }
  const index = new Map(periods.map((p, i) => [p.key, i]));
  const byPeriod = periods.map(() => [] as CaseAudit[]);
  for (const a of complete) byPeriod[index.get(periodOf(dateOf(a), interval).key)!]!.push(a);

  const overall = noGrades();
  const domains = new Map<string, GradeCounts>();
  const themes = new Map<string, number[]>();
  const periodGrades = periods.map((p, i): PeriodGrades => {
    const grades = noGrades();
    for (const a of byPeriod[i]!) {
      const final = finalGrades(a);
      if (final.overall) {
        grades[final.overall]++;
        overall[final.overall]++;
      }
      for (const [domain, grade] of final.domains) {
        const title = a.template.domains.find((d) => d.id === domain)?.title ?? domain;
        const counts = domains.get(title) ?? noGrades();
        counts[grade]++;
        domains.set(title, counts);
      }
      for (const theme of a.themes) {
        const row = themes.get(theme) ?? periods.map(() => 0);
        row[i]!++;
        themes.set(theme, row);
      }
    }
    return { ...p, audits: byPeriod[i]!.length, grades, goodOrBetter: shareGoodOrBetter(grades), moderation: moderationAgreement(byPeriod[i]!) };
  });
  const total = (row: readonly number[]) => row.reduce((n, x) => n + x, 0);
  return {
    interval,
    periods: periodGrades,
    overall: { audits: complete.length, grades: overall, goodOrBetter: shareGoodOrBetter(overall) },
    domains: [...domains].map(([title, grades]) => ({ title, grades, goodOrBetter: shareGoodOrBetter(grades) })),
    themes: [...themes].map(([theme, row]) => ({ theme, total: total(row), byPeriod: row })).sort((a, b) => b.total - a.total || a.theme.localeCompare(b.theme)),
    moderation: moderationAgreement(complete),
    status,
  };
}
