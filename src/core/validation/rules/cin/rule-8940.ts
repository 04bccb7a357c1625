import { overlaps } from '../../intervals.ts';
import { at, childRule, CIN_YEARS, countAcross, type CinRule } from './cin-rule.ts';

/** The child's child protection plans do not overlap; one may start on the day another ends. */
export const rule: CinRule = childRule(
  {
    code: '8940',
    message: 'Child Protection Plan data contains overlapping dates',
    severity: 'error',
    fields: ['CPPstartDate', 'CPPendDate'],
    tables: ['ChildProtectionPlans'],
    years: CIN_YEARS,
    howToFix: 'Correct the child protection plan dates so that the child\'s plans do not overlap.',
  },
  (child, _context, report) => {
    if (countAcross(child, 'ChildProtectionPlans') < 2) return;
    const spells = child.CINdetails.flatMap((e) => e.ChildProtectionPlans.map((p) => ({ item: p, start: p.CPPstartDate, end: p.CPPendDate })));
    const pairs = overlaps(spells);
    for (let i = 0; i < pairs.length; i++) { const [earlier, later] = pairs[i]!; report(at.cpp(later, 'CPPstartDate'), [at.cpp(earlier, 'CPPstartDate'), at.cpp(earlier, 'CPPendDate')]); }
  },
  ['ChildProtectionPlans'],
);
