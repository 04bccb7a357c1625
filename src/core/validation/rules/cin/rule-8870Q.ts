import { weekday } from '../../../model/dates.ts';
import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** The target date for an initial conference is a weekday. */
export const rule: CinRule = childRule(
  {
    code: '8870Q',
    message: 'Please check and either amend or provide a reason: The Target Date for Initial Child Protection Conference should not be a weekend',
    severity: 'query',
    fields: ['InitialCPCtarget'],
    tables: ['Section47'],
    years: CIN_YEARS,
    howToFix: 'Check the target date for the initial conference: it falls on a weekend.',
  },
  (child, _context, report) => {
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      for (let j = 0; j < e.Section47.length; j++) {
        const s = e.Section47[j]!;
        const target = s.InitialCPCtarget;
        if (target !== null && (weekday(target) === 0 || weekday(target) === 6)) report(at.s47(s, 'InitialCPCtarget'));
      }
    }
  },
);
