import { addMonths, type IsoDate } from '../model/dates.ts';
import type { ChildFacts } from '../indicators/child-facts.ts';
import { concern, type DriftFact, type DriftItem, type DriftRule } from './rule.ts';
import type { DriftSettings } from './settings.ts';

export type ConcernSign = 'neglect' | 'repeated-referrals' | 'repeated-plans' | 'long-plan' | 'return-after-step-down';

export interface LongStandingConcern {
  readonly childId: string;
  /** Each sign found, with the facts that raised it. */
  readonly signs: readonly { readonly sign: ConcernSign; readonly facts: readonly DriftFact[] }[];
}

const NEGLECT_FACTOR = '16A';

/**
 * Signs in a child's history of chronic neglect: neglect as need, category or assessment factor; repeated
 * referrals; repeated or long child protection plans; and a return soon after the case was stepped down
 * or closed. The child is flagged when `signsNeeded` different signs are present (only children still
 * open to the council on the date: a referral, plan or care still running).
 */
export const longStandingConcernRule: DriftRule = {
  id: 'long-standing-concern',
  title: 'Long-standing concern: signs of chronic neglect',
  timescale: { text: 'No deadline: a pattern in the history (neglect; repeated referrals; repeated or long CP plans; re-referral soon after step-down or closure). The thresholds are local settings.', source: 'Sightline practice measure (no statutory source)' },
  status: 'local',
  severity: 'medium',
  items(child, context) {
    const flag = longStandingConcern(child, context.at, context.settings.concern);
    if (!flag) return [];
    const facts = flag.signs.flatMap((s) => s.facts.map((f) => ({ ...f, what: `${s.sign}: ${f.what}` })));
    const since = facts.reduce((min, f) => (f.date < min ? f.date : min), facts[0]!.date);
    const arose = flag.signs.map((s) => s.facts.reduce((max, f) => (f.date > max ? f.date : max), s.facts[0]!.date)).sort()[flag.signs.length - 1]!;
    return [concern(this, child, context.at, { key: 'history', what: `Signs of long-standing concern: ${flag.signs.map((s) => s.sign).join(', ')}`, since, arose, facts }) satisfies DriftItem];
  },
};

export function longStandingConcern(child: ChildFacts, at: IsoDate, settings: DriftSettings['concern']): LongStandingConcern | null {
  const open = child.referrals.some((r) => r.date <= at && (r.closed === null || r.closed > at));
  if (!open) return null;
  const signs: { sign: ConcernSign; facts: DriftFact[] }[] = [];
  const add = (sign: ConcernSign, facts: DriftFact[]) => {
    if (facts.length) signs.push({ sign, facts });
  };

  add('neglect', [
    ...child.referrals.filter((r) => r.date <= at && r.need === 'N1').map((r) => ({ date: r.date, what: 'primary need N1 (abuse or neglect)', key: r.key })),
    ...child.cpPlans.filter((p) => p.start <= at && (p.initialCategory === 'NEG' || p.latestCategory === 'NEG')).map((p) => ({ date: p.start, what: 'CP plan under the category neglect', key: p.key })),
    ...child.assessments.filter((a) => a.authorised !== null && a.authorised <= at && a.factors.includes(NEGLECT_FACTOR)).map((a) => ({ date: a.authorised!, what: 'assessment factor 16A (neglect)', key: `assessment-authorised:${a.start}` })),
  ]);

  const recent = child.referrals.filter((r) => r.date <= at && r.date > addMonths(at, -12 * settings.referralYears));
  add('repeated-referrals', recent.length >= settings.referrals ? recent.map((r) => ({ date: r.date, what: 'referral', key: r.key })) : []);

  const plans = child.cpPlans.filter((p) => p.start <= at);
  const previous = plans.find((p) => (p.previousPlans ?? 0) >= 1);
  add('repeated-plans', plans.length >= 2 ? plans.map((p) => ({ date: p.start, what: 'CP plan', key: p.key })) : previous ? [{ date: previous.start, what: `CP plan with ${previous.previousPlans} previous plan(s)`, key: previous.key }] : []);

  add('long-plan', plans.flatMap((p) => {
    const long = addMonths(p.start, settings.longPlanMonths);
    return long <= (p.end !== null && p.end <= at ? p.end : at) ? [{ date: long, what: `CP plan of ${p.start} reached ${settings.longPlanMonths} months`, key: p.key }] : [];
  }));

  // Stepped down or closed, then referred again soon after.
  const endings: DriftFact[] = [
    ...plans.filter((p) => p.end !== null && p.end <= at).map((p) => ({ date: p.end!, what: 'CP plan ended', key: `child-protection-plan-ended:${p.start}` })),
    ...child.referrals.filter((r) => r.closed !== null && r.closed <= at).map((r) => ({ date: r.closed!, what: 'case closed', key: `cin-closed:${r.date}` })),
  ];
  add('return-after-step-down', endings.flatMap((end) => {
    const again = child.referrals.find((r) => r.date > end.date && r.date <= at && r.date <= addMonths(end.date, settings.reReferralMonths));
    return again ? [end, { date: again.date, what: 'referred again', key: again.key }] : [];
  }));

  if (settings.neglectRequired && signs[0]?.sign !== 'neglect') return null;
  return signs.length >= settings.signsNeeded ? { childId: child.childId, signs } : null;
}
