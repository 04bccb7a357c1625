import { at, childRule, inCensusYear, initialConferences, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** A child protection plan starting in the census year starts on the day of one of its episode's initial conferences (either level). Plans that started in earlier years are not checked, since their conference need not be in this file. */
export const rule: CinRule = childRule(
  {
    code: '2885',
    message: 'Child protection plan shown as starting a different day to the initial child protection conference.',
    severity: 'error',
    fields: ['CPPstartDate', 'DateOfInitialCPC'],
    tables: ['ChildProtectionPlans'],
    years: CIN_YEARS,
    howToFix: 'Correct the child protection plan start date: it should be the date of the initial conference that decided on the plan.',
  },
  (child, context, report) => {
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      for (let j = 0; j < e.ChildProtectionPlans.length; j++) {
        const p = e.ChildProtectionPlans[j]!;
        if (p.CPPstartDate === null || !inCensusYear(context, p.CPPstartDate)) continue;
        const conferences = initialConferences(e);
        if (!conferences.some((c) => c.date === p.CPPstartDate)) report(at.cpp(p, 'CPPstartDate'), conferences.map((c) => c.cell));
      }
    }
  },
  ['ChildProtectionPlans'],
);
