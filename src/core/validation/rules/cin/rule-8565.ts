import { at, childRule, initialConferences, CIN_YEARS, type CinRule } from './cin-rule.ts';

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
    for (const e of child.CINdetails) {
      const closed = e.CINclosureDate;
      if (closed === null) continue;
      const closure = [at.episode(e, 'CINclosureDate')];
      const after = (date: string | null) => date !== null && date > closed;
      for (const c of initialConferences(e)) if (after(c.date)) report(c.cell, closure);
      for (const a of e.Assessments) {
        if (after(a.AssessmentActualStartDate)) report(at.assessment(a, 'AssessmentActualStartDate'), closure);
        if (after(a.AssessmentAuthorisationDate)) report(at.assessment(a, 'AssessmentAuthorisationDate'), closure);
      }
      for (const s of e.Section47) if (after(s.S47ActualStartDate)) report(at.s47(s, 'S47ActualStartDate'), closure);
      for (const p of e.ChildProtectionPlans) if (after(p.CPPendDate)) report(at.cpp(p, 'CPPendDate'), closure);
      for (const p of e.CINPlanDates) {
        if (after(p.CINPlanStartDate)) report(at.plan(p, 'CINPlanStartDate'), closure);
        if (after(p.CINPlanEndDate)) report(at.plan(p, 'CINPlanEndDate'), closure);
      }
    }
  },
);
