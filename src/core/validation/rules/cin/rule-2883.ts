import { at, childRule, initialConferences, inCensusYear, CIN_YEARS, type CinRule } from './cin-rule.ts';

/**
 * An episode has no more child protection plans starting in the census year than initial conferences
 * (at either level) held in it. The DfE counts only dates within the census period: a plan still open
 * on 1 April is returned, but its conference of an earlier year is not (rule 8715 wants every returned
 * conference in the year), so counting all plans would flag every plan carried over from last year.
 */
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
  (child, context, report) => {
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      const plans = e.ChildProtectionPlans.filter((p) => p.CPPstartDate !== null && inCensusYear(context, p.CPPstartDate));
      const conferences = initialConferences(e).filter((c) => inCensusYear(context, c.date));
      if (plans.length > conferences.length) report(at.cpp(plans[plans.length - 1]!, 'CPPstartDate'), conferences.map((c) => c.cell));
    }
  },
  ['ChildProtectionPlans'],
);
