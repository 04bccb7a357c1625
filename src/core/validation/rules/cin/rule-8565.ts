import type { CINdetails } from '../../../model/cin.ts';
import type { Cell } from '../../types.ts';
import { at, childRule, initialConferences, CIN_YEARS, type CinRule } from './cin-rule.ts';

const after = (date: string | null, closed: string): boolean => date !== null && date > closed;
const closure = (e: CINdetails): Cell[] => [at.episode(e, 'CINclosureDate')];

/** Nothing in an episode is dated after its closure: conferences, assessment starts and completions, enquiry starts, plan ends and CIN plan dates. */
export const rule: CinRule = childRule(
  {
    code: '8565',
    message: 'Activity shown after a case has been closed',
    severity: 'error',
    fields: ['CINclosureDate', 'DateOfInitialCPC', 'AssessmentActualStartDate', 'AssessmentAuthorisationDate', 'S47ActualStartDate', 'CPPendDate', 'CINPlanStartDate', 'CINPlanEndDate'],
    tables: ['ChildProtectionPlans'],
    years: CIN_YEARS,
    howToFix: 'Correct the dates: nothing in this episode can happen after the date the case was closed.',
  },
  (child, _context, report) => {
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      const closed = e.CINclosureDate;
      if (closed === null) continue;
      const conferences = initialConferences(e);
      for (let j = 0; j < conferences.length; j++) { const c = conferences[j]!; if (after(c.date, closed)) report(c.cell, closure(e)); }
      for (let j = 0; j < e.Assessments.length; j++) {
        const a = e.Assessments[j]!;
        if (after(a.AssessmentActualStartDate, closed)) report(at.assessment(a, 'AssessmentActualStartDate'), closure(e));
        if (after(a.AssessmentAuthorisationDate, closed)) report(at.assessment(a, 'AssessmentAuthorisationDate'), closure(e));
      }
      for (let j = 0; j < e.Section47.length; j++) { const s = e.Section47[j]!; if (after(s.S47ActualStartDate, closed)) report(at.s47(s, 'S47ActualStartDate'), closure(e)); }
      for (let j = 0; j < e.ChildProtectionPlans.length; j++) { const p = e.ChildProtectionPlans[j]!; if (after(p.CPPendDate, closed)) report(at.cpp(p, 'CPPendDate'), closure(e)); }
      for (let j = 0; j < e.CINPlanDates.length; j++) {
        const p = e.CINPlanDates[j]!;
        if (after(p.CINPlanStartDate, closed)) report(at.plan(p, 'CINPlanStartDate'), closure(e));
        if (after(p.CINPlanEndDate, closed)) report(at.plan(p, 'CINPlanEndDate'), closure(e));
      }
    }
  },
);
