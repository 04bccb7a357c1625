import { at, childRule, initialConferences, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** An episode has no more child protection plans than initial conferences (at either level). We count all of the episode's plans and conferences, not only those of the census year, as the file holds both for the same span. */
export const rule: CinRule = childRule(
  {
    code: '2883',
    message: 'There are more child protection plans starting than initial conferences taking place',
    severity: 'error',
    fields: ['CPPstartDate', 'DateOfInitialCPC'],
    tables: ['ChildProtectionPlans'],
    years: CIN_YEARS,
    howToFix: 'Add the initial conference that each child protection plan followed, or correct the plans.',
  },
  (child, _context, report) => {
    for (const e of child.CINdetails) {
      const plans = e.ChildProtectionPlans.filter((p) => p.CPPstartDate !== null);
      const conferences = initialConferences(e);
      if (plans.length > conferences.length) report(at.cpp(plans[plans.length - 1]!, 'CPPstartDate'), conferences.map((c) => c.cell));
    }
  },
);
