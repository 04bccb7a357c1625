import type { AnnexARecord } from '../model/annex-a.ts';
import type { Sourced } from '../model/journey.ts';
import { abuseCategory, isYes } from '../formats/annex-a/dfe-terms.ts';
import { Drafts, type EventDraft } from './draft.ts';

type Values = AnnexARecord['values'];

const date = (v: Values, heading: string): string | null => {
  const d = v[heading];
  return typeof d === 'string' ? d : null;
};

/**
 * The events a child's Annex A rows tell. Facts the CIN census also records (referrals, assessments,
 * S47 enquiries, CP plans) use the census's keys and field names, so the two merge into one event and
 * any disagreement shows as a conflict; contacts, early help, visits, health and dental checks and
 * pathway plans exist only in Annex A. Periods of care and placements are left to the SSDA903, whose
 * episodes define them: Annex A's dates for them are checked against it by reconcile.ts instead.
 */
export function annexAEvents(rows: readonly Sourced<AnnexARecord>[]): EventDraft[] {
  const drafts: EventDraft[] = [];
  for (const { source, record } of rows) {
    const d = new Drafts(source);
    const v = record.values;
    const line = record.line;
    const add = (kind: Parameters<Drafts['add']>[0], heading: string, values: Parameters<Drafts['add']>[3] = {}) => {
      const on = date(v, heading);
      d.add(kind, on ?? '', on, values, line);
    };
    switch (record.list) {
      case 1:
        add('contact', 'Date of Contact', { ContactSource: v['Contact Source'] ?? null });
        break;
      case 2: {
        const start = date(v, 'Assessment start date');
        add('early-help-assessment-started', 'Assessment start date', { organisation: v['Organisation completing assessment'] ?? null });
        d.add('early-help-assessment-completed', start ?? '', start && date(v, 'Assessment completion date'), { date: date(v, 'Assessment completion date') }, line);
        break;
      }
      case 3:
        add('referral', 'Date of referral', { ReferralSource: v['Referral Source'] ?? null, ReferralNFA: isYes(v['Referral NFA?']) });
        break;
      case 4: {
        const start = date(v, 'Continuous Assessment Start Date');
        add('assessment-started', 'Continuous Assessment Start Date');
        d.add('assessment-authorised', start ?? '', start && date(v, 'Continuous Assessment Date of Authorisation'), { date: date(v, 'Continuous Assessment Date of Authorisation'), AssessmentActualStartDate: start }, line);
        break;
      }
      case 5:
        add('section-47-started', 'Strategy discussion initiating Section 47 Enquiry Start Date', { ICPCnotRequired: isYes(v['Was an Initial Child Protection Conference deemed unnecessary?']) });
        add('initial-child-protection-conference', 'Date of Initial Child Protection Conference');
        break;
      case 6:
        add('statutory-visit', 'Date Child Was Last Seen');
        break;
      case 7: {
        const start = date(v, 'Child Protection Plan Start Date');
        add('child-protection-plan-started', 'Child Protection Plan Start Date', {
          InitialCategoryOfAbuse: abuseCategory.fromAnnexA(v['Initial Category of Abuse'] as string | null),
          LatestCategoryOfAbuse: abuseCategory.fromAnnexA(v['Latest Category of Abuse'] as string | null),
          NumberOfPreviousCPP: v['Number of Previous Child Protection Plans'] ?? null,
        });
        d.add('child-protection-plan-ended', start ?? '', start && date(v, 'Child Protection Plan End Date'), { date: date(v, 'Child Protection Plan End Date'), CPPstartDate: start }, line);
        const review = date(v, 'Date of latest review conference');
        d.add('child-protection-review', review ?? '', review, { CPPstartDate: start }, line);
        add('statutory-visit', 'Date of the Last Statutory Visit', { seenAlone: isYes(v['Was the Child Seen Alone?']) });
        break;
      }
      case 8:
        add('looked-after-review', 'Date of Latest Statutory Review');
        add('statutory-visit', 'Date of Last Social Work Visit');
        add('iro-visit', 'Date of Last IRO Visit / Contact to the Child');
        add('health-assessment', 'Date of Last Health Assessment');
        add('dental-check', 'Date of Last Dental Check');
        break;
      case 9:
        add('pathway-plan-review', 'Latest Pathway Plan Review Date');
        add('care-leaver-contact', 'Latest Date of Contact', { inTouch: v['LA in Touch'] ?? null });
        break;
      case 10: {
        const decided = date(v, 'Date of Decision that Child Should be Placed for Adoption');
        add('placed-for-adoption-decision', 'Date of Decision that Child Should be Placed for Adoption');
        add('matched-for-adoption', 'Date of Matching Child and Prospective Adopters');
        d.add('adoption-decision-reversed', decided ?? '', decided && date(v, 'Date of Decision that Child Should No Longer be Placed for Adoption'), {
          date: date(v, 'Date of Decision that Child Should No Longer be Placed for Adoption'),
          REASON_PLACED_CEASED: v['Reason Why Child No Longer Placed for Adoption'] ?? null,
        }, line);
        break;
      }
    }
    drafts.push(...d.list);
  }
  return drafts;
}
