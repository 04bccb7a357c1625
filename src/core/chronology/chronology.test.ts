import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ChildCharacteristics, ChildIdentifiers } from '../model/child.ts';
import type { CINdetails } from '../model/cin.ts';
import type { ChildJourney, Source } from '../model/journey.ts';
import type { Episode, Header903 } from '../model/ssda903.ts';
import { buildChronology } from './chronology.ts';

const cin23: Source = { dataset: 'cin', year: '2022/23', file: 'cin-2023.xml' };
const cin24: Source = { dataset: 'cin', year: '2023/24', file: 'cin-2024.xml' };
const la23: Source = { dataset: 'ssda903', year: '2022/23', table: 'episodes' };
const la24: Source = { dataset: 'ssda903', year: '2023/24', table: 'episodes' };

const ids = (over: Partial<ChildIdentifiers> = {}): ChildIdentifiers => ({
  LAchildID: 'C1', UPN: 'A123456789012', FormerUPN: null, UPNunknown: null, PersonBirthDate: '2015-06-01',
  ExpectedPersonBirthDate: null, GenderCurrent: '1', Sex: null, PersonDeathDate: null, ...over,
});
const chars: ChildCharacteristics = { Ethnicity: 'WBRI', Disabilities: [] };
const episode = (over: Partial<CINdetails>): CINdetails => ({
  CINreferralDate: '2022-09-05', ReferralSource: '6', PrimaryNeedCode: 'N1', CINclosureDate: null, ReasonForClosure: null,
  DateOfInitialCPC: null, Assessments: [], CINPlanDates: [], Section47: [], ReferralNFA: false, ChildProtectionPlans: [], ...over,
});
const row = (over: Partial<Episode>): Episode => ({
  CHILD: 'C1', DECOM: '2023-01-10', RNE: 'S', LS: 'C1', CIN: 'N1', PLACE: 'U4', PLACE_PROVIDER: 'PR1', DEC: null, REC: null,
  REASON_PLACE_CHANGE: null, HOME_POST: null, PL_POST: null, URN: null, ...over,
});
const header = (DOB: string): Header903 => ({ CHILD: 'C1', SEX: '1', DOB, ETHNIC: 'WBRI', UPN: 'A123456789012', MOTHER: null, MC_DOB: null });
const none = { header: [], episodes: [], reviews: [], uasc: [], oc2: [], oc3: [], ad1: [], placed_for_adoption: [], previous_permanence: [], missing: [], social_worker: [], dolo: [] };

function journey(): ChildJourney {
  return {
    la: '806',
    childId: 'C1',
    cin: [
      { source: cin23, record: { ChildIdentifiers: ids(), ChildCharacteristics: chars, CINdetails: [episode({ ChildProtectionPlans: [{ CPPstartDate: '2022-10-01', CPPendDate: null, InitialCategoryOfAbuse: 'NEG', LatestCategoryOfAbuse: 'NEG', NumberOfPreviousCPP: 0, Reviews: [{ CPPreviewDate: '2022-12-20' }] }] })] } },
      { source: cin24, record: { ChildIdentifiers: ids({ Sex: null }), ChildCharacteristics: chars, CINdetails: [episode({ ReferralSource: '2A', CINclosureDate: '2023-06-30', ReasonForClosure: 'RC7', ChildProtectionPlans: [{ CPPstartDate: '2022-10-01', CPPendDate: '2023-01-10', InitialCategoryOfAbuse: 'NEG', LatestCategoryOfAbuse: 'EMO', NumberOfPreviousCPP: 0, Reviews: [{ CPPreviewDate: '2022-12-20' }] }] })] } },
    ],
    lookedAfter: {
      ...none,
      header: [{ source: { ...la23, table: 'header' }, record: header('2015-06-01') }, { source: { ...la24, table: 'header' }, record: header('2015-07-01') }],
      episodes: [
        { source: la23, record: row({}) },
        { source: la24, record: row({ DEC: '2023-05-01', REC: 'X1', REASON_PLACE_CHANGE: 'CARPL' }) },
        { source: la24, record: row({ DECOM: '2023-05-01', RNE: 'P', LS: 'C1', PLACE: 'K2', PLACE_PROVIDER: 'PR4', DEC: '2023-08-01', REC: 'X1' }) },
        { source: la24, record: row({ DECOM: '2023-08-01', RNE: 'L', LS: 'C2', PLACE: 'K2', PLACE_PROVIDER: 'PR4', DEC: '2024-02-01', REC: 'E4A' }) },
      ],
    },
  };
}

describe('a child\'s chronology', () => {
  const c = buildChronology(journey());
  const kinds = c.events.map((e) => `${e.date} ${e.kind}`);

  it('merges the same event told by several years\' returns, keeping every source', () => {
    const referral = c.events.filter((e) => e.kind === 'referral');
    assert.equal(referral.length, 1);
    assert.deepEqual(referral[0]!.sources.map((s) => s.year), ['2022/23', '2023/24']);
    assert.equal(c.events.filter((e) => e.kind === 'child-protection-review').length, 1);
  });

  it('keeps both values where returns disagree, showing the latest', () => {
    const referral = c.events.find((e) => e.kind === 'referral')!;
    assert.equal(referral.details.ReferralSource, '2A');
    assert.deepEqual(referral.conflicts, [{ field: 'ReferralSource', values: [{ value: '6', sources: [cin23] }, { value: '2A', sources: [cin24] }] }]);
    const born = c.identity.conflicts.find((x) => x.field === 'PersonBirthDate')!;
    assert.deepEqual(born.values.map((v) => v.value), ['2015-06-01', '2015-07-01']);
  });

  it('does not count a value given later as a disagreement with an empty one', () => {
    assert.equal(c.events.find((e) => e.kind === 'cin-closed')!.date, '2023-06-30');
    assert.deepEqual(c.events.find((e) => e.kind === 'child-protection-plan-ended')!.conflicts, []);
  });

  it('derives care, placement and legal status spans from the episodes, in date order', () => {
    assert.deepEqual(kinds.filter((k) => /looked-after|placement|legal/.test(k)), [
      '2023-01-10 started-to-be-looked-after',
      '2023-05-01 placement-changed',
      '2023-08-01 legal-status-changed',
      '2024-02-01 ceased-to-be-looked-after',
    ]);
    const span = (kind: string) => c.spans.filter((s) => s.kind === kind).map((s) => `${s.start}..${s.end}`);
    assert.deepEqual(span('period-of-care'), ['2023-01-10..2024-02-01']);
    assert.deepEqual(span('placement'), ['2023-01-10..2023-05-01', '2023-05-01..2024-02-01']);
    assert.deepEqual(span('legal-status'), ['2023-01-10..2023-08-01', '2023-08-01..2024-02-01']);
    assert.deepEqual(span('cin-episode'), ['2022-09-05..2023-06-30']);
    assert.deepEqual(span('child-protection-plan'), ['2022-10-01..2023-01-10']);
    assert.equal(c.events.find((e) => e.kind === 'placement-changed')!.details.REASON_PLACE_CHANGE, 'CARPL');
  });

  it('states every correction it made to an episode', () => {
    assert.equal(c.corrections.length, 1);
    assert.match(c.corrections[0]!.what, /Episode from 2023-01-10: end date 2023-05-01 taken from a later return/);
    assert.match(c.corrections[0]!.why, /2022\/23 return left it open/);
  });

  it('ends an episode left open when the next one starts, and says so', () => {
    const j = journey();
    const c2 = buildChronology({ ...j, lookedAfter: { ...j.lookedAfter, episodes: [{ source: la23, record: row({}) }, { source: la24, record: row({ DECOM: '2023-05-01', RNE: 'P', DEC: null }) }] } });
    assert.deepEqual(c2.spans.filter((s) => s.kind === 'placement').map((s) => `${s.start}..${s.end}`), ['2023-01-10..2023-05-01', '2023-05-01..null']);
    assert.match(c2.corrections[0]!.what, /treated as ending on 2023-05-01/);
  });
});
