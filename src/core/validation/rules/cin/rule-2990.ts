import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** An episode closed after assessment (RC8 no further action, RC9 early help) has no CIN plan, section 47 enquiry, conference or child protection plan. */
export const rule: CinRule = childRule(
  {
    code: '2990',
    message: 'Activity is recorded against a case marked as ‘Case closed after assessment, no further action’ or \'case closed after assessment, referred to early help\'.',
    severity: 'error',
    fields: ['ReasonForClosure'],
    tables: ['CINdetails'],
    years: CIN_YEARS,
    howToFix: 'Remove the plan, enquiry or conference from this case, or change the reason for closure: it was closed after assessment.',
  },
  (child, _context, report) => {
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      if (e.ReasonForClosure !== 'RC8' && e.ReasonForClosure !== 'RC9') continue;
      const reason = [at.episode(e, 'ReasonForClosure')];
      for (let j = 0; j < e.CINPlanDates.length; j++) { const p = e.CINPlanDates[j]!; report(at.plan(p, 'CINPlanStartDate'), reason); }
      for (let j = 0; j < e.Section47.length; j++) { const s = e.Section47[j]!; report(at.s47(s, 'S47ActualStartDate'), reason); }
      if (e.DateOfInitialCPC !== null) report(at.episode(e, 'DateOfInitialCPC'), reason);
      for (let j = 0; j < e.ChildProtectionPlans.length; j++) { const p = e.ChildProtectionPlans[j]!; report(at.cpp(p, 'CPPstartDate'), reason); }
    }
  },
);
