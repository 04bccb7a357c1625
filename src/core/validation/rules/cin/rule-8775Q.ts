import { ageOn } from '../../../model/dates.ts';
import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** A child is under 25 throughout each episode: at its closure, or at the end of the census period while it is open. We read the DfE's "over 25" as 25th birthday reached. */
export const rule: CinRule = childRule(
  {
    code: '8775Q',
    message: 'Please check and either amend data or provide a reason: Child is over 25 years old',
    severity: 'query',
    fields: ['PersonBirthDate', 'CINclosureDate'],
    tables: ['ChildIdentifiers'],
    years: CIN_YEARS,
    howToFix: 'Check the date of birth: the child would be 25 or older while the case was open; correct it or close the case.',
  },
  (child, context, report) => {
    const birth = child.ChildIdentifiers.PersonBirthDate;
    if (birth === null) return;
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      if (ageOn(birth, e.CINclosureDate ?? context.referenceDate) >= 25) {
        report(at.child(child, 'PersonBirthDate'), [at.episode(e, 'CINclosureDate')]);
        return;
      }
    }
  },
);
