import { overlaps } from '../../intervals.ts';
import { at, childRule, CIN_YEARS, countAcross, type CinRule } from './cin-rule.ts';

/** The child's CIN plans do not overlap; one may start on the day another ends. */
export const rule: CinRule = childRule(
  {
    code: '4014',
    message: 'CIN Plan data contains overlapping dates',
    severity: 'error',
    fields: ['CINPlanStartDate', 'CINPlanEndDate'],
    tables: ['CINplanDates'],
    years: CIN_YEARS,
    howToFix: 'Correct the CIN plan dates so that the child\'s plans do not overlap.',
  },
  (child, _context, report) => {
    if (countAcross(child, 'CINPlanDates') < 2) return;
    const spells = child.CINdetails.flatMap((e) => e.CINPlanDates.map((p) => ({ item: p, start: p.CINPlanStartDate, end: p.CINPlanEndDate })));
    const pairs = overlaps(spells);
    for (let i = 0; i < pairs.length; i++) { const [earlier, later] = pairs[i]!; report(at.plan(later, 'CINPlanStartDate'), [at.plan(earlier, 'CINPlanStartDate'), at.plan(earlier, 'CINPlanEndDate')]); }
  },
  ['CINPlanDates'],
);
