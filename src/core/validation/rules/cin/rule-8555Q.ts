import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** No referral is dated after the child died. */
export const rule: CinRule = childRule(
  {
    code: '8555Q',
    message: 'Child cannot be referred after its recorded date of death',
    severity: 'query',
    fields: ['PersonDeathDate', 'CINreferralDate'],
    tables: ['CINdetails'],
    years: CIN_YEARS,
    howToFix: 'Check the referral date and the date of death: a child cannot be referred after dying.',
  },
  (child, _context, report) => {
    const death = child.ChildIdentifiers.PersonDeathDate;
    if (death === null) return;
    for (let i = 0; i < child.CINdetails.length; i++) { const e = child.CINdetails[i]!; if (e.CINreferralDate !== null && e.CINreferralDate > death) report(at.episode(e, 'CINreferralDate'), [at.child(child, 'PersonDeathDate')]); }
  },
);
