import { normaliseSex, type ChildCharacteristics, type ChildIdentifiers } from '../model/child.ts';
import type { CINdetails } from '../model/cin.ts';
import type { Source } from '../model/journey.ts';
import { Drafts, type EventDraft } from './draft.ts';

/**
 * The events one CIN census return tells about one child. Events are keyed by the dates that identify
 * them within the child (the referral date for an episode of need, the start date for a plan), so the
 * same event told by several years' censuses merges into one.
 */
export function cinEvents(
  child: { readonly ChildIdentifiers: ChildIdentifiers; readonly ChildCharacteristics: ChildCharacteristics; readonly CINdetails: readonly CINdetails[] },
  source: Source,
): EventDraft[] {
  const d = new Drafts(source);
  const id = child.ChildIdentifiers;
  d.add('born', 'child', id.PersonBirthDate ?? id.ExpectedPersonBirthDate, { date: id.PersonBirthDate ?? id.ExpectedPersonBirthDate, expected: id.PersonBirthDate === null }, id.line);
  d.add('died', 'child', id.PersonDeathDate, { date: id.PersonDeathDate }, id.line);
  for (const e of child.CINdetails) {
    const referral = e.CINreferralDate;
    if (referral === null) continue;
    d.add('referral', referral, referral, { ReferralSource: e.ReferralSource, PrimaryNeedCode: e.PrimaryNeedCode, ReferralNFA: e.ReferralNFA }, e.line);
    d.add('cin-closed', referral, e.CINclosureDate, { date: e.CINclosureDate, ReasonForClosure: e.ReasonForClosure, CINreferralDate: referral }, e.lines?.CINclosureDate ?? e.line);
    d.add('initial-child-protection-conference', e.DateOfInitialCPC ?? '', e.DateOfInitialCPC, { CINreferralDate: referral }, e.lines?.DateOfInitialCPC ?? e.line);
    for (const a of e.Assessments) {
      const start = a.AssessmentActualStartDate;
      if (start === null) continue;
      d.add('assessment-started', start, start, { CINreferralDate: referral }, a.line);
      d.add('assessment-authorised', start, a.AssessmentAuthorisationDate, {
        date: a.AssessmentAuthorisationDate,
        AssessmentActualStartDate: start,
        AssessmentFactors: a.AssessmentFactors?.join(' ') ?? null,
      }, a.lines?.AssessmentAuthorisationDate ?? a.line);
    }
    for (const p of e.CINPlanDates) {
      if (p.CINPlanStartDate === null) continue;
      d.add('cin-plan-started', p.CINPlanStartDate, p.CINPlanStartDate, { CINreferralDate: referral }, p.line);
      d.add('cin-plan-ended', p.CINPlanStartDate, p.CINPlanEndDate, { date: p.CINPlanEndDate, CINPlanStartDate: p.CINPlanStartDate }, p.lines?.CINPlanEndDate ?? p.line);
    }
    for (const s of e.Section47) {
      if (s.S47ActualStartDate === null) continue;
      d.add('section-47-started', s.S47ActualStartDate, s.S47ActualStartDate, { CINreferralDate: referral, InitialCPCtarget: s.InitialCPCtarget, ICPCnotRequired: s.ICPCnotRequired }, s.line);
      d.add('initial-child-protection-conference', s.DateOfInitialCPC ?? '', s.DateOfInitialCPC, { S47ActualStartDate: s.S47ActualStartDate }, s.lines?.DateOfInitialCPC ?? s.line);
    }
    for (const p of e.ChildProtectionPlans) {
      const start = p.CPPstartDate;
      if (start === null) continue;
      d.add('child-protection-plan-started', start, start, {
        CINreferralDate: referral,
        InitialCategoryOfAbuse: p.InitialCategoryOfAbuse,
        LatestCategoryOfAbuse: p.LatestCategoryOfAbuse,
        NumberOfPreviousCPP: p.NumberOfPreviousCPP,
      }, p.line);
      d.add('child-protection-plan-ended', start, p.CPPendDate, { date: p.CPPendDate, CPPstartDate: start }, p.lines?.CPPendDate ?? p.line);
      for (const r of p.Reviews) d.add('child-protection-review', r.CPPreviewDate ?? '', r.CPPreviewDate, { CPPstartDate: start }, r.line);
    }
  }
  return d.list;
}

/** What the CIN census says about who the child is, for comparison with other returns. */
export function cinIdentity(id: ChildIdentifiers, characteristics: ChildCharacteristics): Record<string, string | null> {
  return {
    UPN: id.UPN,
    sex: normaliseSex(id.Sex ?? id.GenderCurrent),
    ethnicity: characteristics.Ethnicity,
    PersonBirthDate: id.PersonBirthDate,
  };
}
