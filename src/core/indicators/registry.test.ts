import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { computeIndicators, type IndicatorResult } from './compute.ts';
import type { PostcodeLookup } from './indicator.ts';
import { INDICATORS, indicatorById } from './registry.ts';
import { testChild, type TestChild } from './test-children.ts';

/**
 * Every indicator on small hand-made children, the expected answers worked out by hand. The year is
 * 2025/26 (at 31 March 2026) unless said otherwise; the population is 10,000, so a rate equals its count.
 */
const at = '2026-03-31';
const population0to17 = { count: 10_000, source: 'test figure' };

function run(children: TestChild[], id: string, options: { at?: string; postcodes?: PostcodeLookup } = {}): Extract<IndicatorResult, { available: true }> {
  const indicator = indicatorById(id)!;
  const [result] = computeIndicators(children.map(testChild), { at: options.at ?? at, months: 12, population0to17, indicators: [indicator], ...(options.postcodes ? { postcodes: options.postcodes } : {}) });
  if (!result?.available) assert.fail(`${id} is not available`);
  return result;
}

const counted = (r: Extract<IndicatorResult, { available: true }>) => r.headline.numerator.children.slice().sort();

describe('front door', () => {
  it('referrals per 10,000: every referral in the 12 months, none before', () => {
    const r = run([{ id: 'A', cinYear: '2024/25', cin: [{ referral: '2025-03-31', closed: '2025-04-02' }, { referral: '2025-04-01', closed: '2025-05-01' }, { referral: '2026-02-10' }] }, { id: 'B', cin: [{ referral: '2026-03-31' }] }], 'referrals-rate');
    assert.equal(r.headline.numerator.count, 3);
    assert.equal(r.headline.value, 3);
    assert.deepEqual(counted(r), ['A', 'B']);
    assert.equal(r.months.find((m) => m.period.label === '2026-02')!.numerator.count, 1);
    assert.equal(r.years.find((y) => y.period.label === '2024/25')!.numerator.count, 1);
  });

  it('referrals with no further action', () => {
    const r = run([{ id: 'A', cin: [{ referral: '2025-06-01', nfa: true, closed: '2025-06-01' }, { referral: '2025-09-01' }] }], 'referrals-nfa');
    assert.equal(r.headline.value, 50);
  });

  it('re-referrals: within 12 months means on or after the same date a year before, and 29 February reaches back to 28 February', () => {
    const r = run([
      { id: 'same-date', cin: [{ referral: '2024-05-10', closed: '2024-06-01' }, { referral: '2025-05-10' }] },
      { id: 'day-late', cin: [{ referral: '2024-05-09', closed: '2024-06-01' }, { referral: '2025-05-10' }] },
      { id: 'leap', cin: [{ referral: '2023-02-28', closed: '2023-03-10' }, { referral: '2024-02-29' }] },
      { id: 'leap-late', cin: [{ referral: '2023-02-27', closed: '2023-03-10' }, { referral: '2024-02-29' }] },
    ], 're-referrals');
    assert.deepEqual(counted(r), ['same-date']);
    assert.equal(r.headline.denominator!.count, 2);
    const y2024 = r.years.find((y) => y.period.label === '2023/24')!;
    assert.deepEqual(y2024.numerator.children, ['leap']);
    assert.equal(y2024.denominator!.count, 2);
  });

  it('warns when the returns do not reach 12 months before the period', () => {
    const r = run([{ cin: [{ referral: '2025-06-01' }], cinYear: '2025/26' }], 're-referrals');
    assert.match(r.headline.caveats.join(' '), /looks back 12 months/);
  });

  it('assessments within 45 working days, counting over Easter and the May bank holidays, with the DfE bands', () => {
    // From Thursday 17 April 2025: Good Friday, Easter Monday, 5 and 26 May are not working days, so day 45 is 25 June.
    const r = run([
      { id: 'on-time', cin: [{ referral: '2025-04-16', assessments: [{ start: '2025-04-17', authorised: '2025-06-25' }] }] },
      { id: 'late', cin: [{ referral: '2025-04-16', assessments: [{ start: '2025-04-17', authorised: '2025-06-26' }] }] },
      { id: 'same-day', cin: [{ referral: '2025-09-01', assessments: [{ start: '2025-09-01', authorised: '2025-09-01' }] }] },
      { id: 'open', cin: [{ referral: '2026-03-01', assessments: [{ start: '2026-03-02' }] }] },
    ], 'assessments-45-working-days');
    assert.deepEqual(counted(r), ['on-time', 'same-day']);
    assert.equal(r.headline.denominator!.count, 3);
    assert.deepEqual(r.headline.denominator!.cases.map((c) => c.value).sort((a, b) => a! - b!), [0, 45, 46]);
    const bands = Object.fromEntries(r.headline.bands!.map((b) => [b.label, b.count]));
    assert.equal(bands['Same day'], 1);
    assert.equal(bands['41-45 days'], 1);
    assert.equal(bands['46-50 days'], 1);
  });
});

describe('child protection', () => {
  it('section 47 enquiries and ICPCs per 10,000', () => {
    const children: TestChild[] = [{ cin: [{ referral: '2025-05-01', s47: [{ start: '2025-05-02', icpc: '2025-05-20' }, { start: '2025-11-03', notRequired: true }] }] }];
    assert.equal(run(children, 'section-47-rate').headline.value, 2);
    assert.equal(run(children, 'icpc-rate').headline.value, 1);
  });

  it('ICPC within 15 working days of the strategy discussion, over Christmas and New Year', () => {
    // From Wednesday 18 December 2024: 25, 26 December and 1 January are holidays, so day 15 is 13 January 2025.
    const r = run([
      { id: 'on-time', cin: [{ referral: '2024-12-17', s47: [{ start: '2024-12-18', icpc: '2025-01-13' }] }] },
      { id: 'late', cin: [{ referral: '2024-12-17', s47: [{ start: '2024-12-18', icpc: '2025-01-14' }] }] },
    ], 'icpc-15-working-days', { at: '2025-03-31' });
    assert.deepEqual(counted(r), ['on-time']);
    assert.deepEqual(r.headline.denominator!.cases.map((c) => c.value).sort(), [15, 16]);
  });

  it('children on a plan on the day: a plan ending on 31 March is not open on 31 March', () => {
    const r = run([
      { id: 'open', cin: [{ referral: '2025-05-01', cpPlans: [{ start: '2025-06-01' }] }] },
      { id: 'ended-that-day', cin: [{ referral: '2025-05-01', cpPlans: [{ start: '2025-06-01', end: '2026-03-31' }] }] },
    ], 'cp-plans-rate');
    assert.deepEqual(counted(r), ['open']);
    assert.equal(r.headline.value, 1);
  });

  it('second or subsequent plans, from NumberOfPreviousCPP or the child\'s own history', () => {
    const r = run([
      { id: 'reported', cin: [{ referral: '2025-05-01', cpPlans: [{ start: '2025-06-01', previous: 1 }] }] },
      { id: 'history', cin: [{ referral: '2023-05-01', closed: '2024-01-01', cpPlans: [{ start: '2023-06-01', end: '2023-12-01' }] }, { referral: '2025-05-01', cpPlans: [{ start: '2025-06-01', previous: 0 }] }] },
      { id: 'first', cin: [{ referral: '2025-05-01', cpPlans: [{ start: '2025-06-01' }] }] },
    ], 'cp-plans-second-time');
    assert.deepEqual(counted(r), ['history', 'reported']);
    assert.equal(Math.round(r.headline.value!), 67);
  });

  it('plans ending after 2 years or more: from 29 February 2020, two years are reached on 28 February 2022', () => {
    const r = run([
      { id: 'two-years', cin: [{ referral: '2020-02-01', cpPlans: [{ start: '2020-02-29', end: '2022-02-28' }] }] },
      { id: 'a-day-short', cin: [{ referral: '2020-02-01', cpPlans: [{ start: '2020-02-29', end: '2022-02-27' }] }] },
    ], 'cp-plans-ending-2-years', { at: '2022-03-31' });
    assert.deepEqual(counted(r), ['two-years']);
    assert.equal(r.headline.value, 50);
  });

  it('plans reviewed within timescales: 3 months, then 6; plans under 3 months old left out', () => {
    const r = run([
      { id: 'on-time', cin: [{ referral: '2024-12-01', cpPlans: [{ start: '2025-01-10', reviews: ['2025-04-10', '2025-10-09'] }] }] },
      { id: 'first-late', cin: [{ referral: '2024-12-01', cpPlans: [{ start: '2025-01-10', reviews: ['2025-04-11', '2025-10-09'] }] }] },
      { id: 'overdue-now', cin: [{ referral: '2024-12-01', cpPlans: [{ start: '2025-01-10', reviews: ['2025-04-10', '2025-09-30'] }] }] },
      { id: 'new', cin: [{ referral: '2025-12-01', cpPlans: [{ start: '2026-01-15' }] }] },
    ], 'cp-reviews-on-time');
    assert.deepEqual(counted(r), ['on-time']);
    assert.equal(r.headline.denominator!.count, 3);
  });
});

const episode = (DECOM: string, RNE: string, PLACE: string, DEC: string | null, REC: string | null, extra: Record<string, string> = {}) => ({ DECOM, RNE, PLACE, DEC, REC, ...extra });

describe('children looked after', () => {
  it('per 10,000 on the day, leaving out short breaks; starting and ceasing', () => {
    const children: TestChild[] = [
      { id: 'care', care: [episode('2025-05-01', 'S', 'U4', null, null)] },
      { id: 'short-breaks', care: [episode('2025-05-01', 'S', 'R1', null, null, { LS: 'V3' })] },
      { id: 'left', care: [episode('2024-05-01', 'S', 'U4', '2025-07-01', 'E4A')] },
    ];
    assert.deepEqual(counted(run(children, 'looked-after-rate')), ['care']);
    assert.deepEqual(counted(run(children, 'started-looked-after')), ['care']);
    assert.deepEqual(counted(run(children, 'ceased-looked-after')), ['left']);
  });

  it('3 or more placements in the year: the placement current on 1 April counts, moves with the same carer do not', () => {
    const r = run([
      { id: 'three', care: [episode('2024-06-01', 'S', 'U4', '2025-05-01', 'X1'), episode('2025-05-01', 'P', 'U6', '2025-08-01', 'X1'), episode('2025-08-01', 'T', 'U5', '2025-11-01', 'X1'), episode('2025-11-01', 'P', 'K2', null, null)] },
      { id: 'two-and-respite', care: [episode('2024-06-01', 'S', 'U4', '2025-05-01', 'X1'), episode('2025-05-01', 'P', 'U6', '2025-08-01', 'X1'), episode('2025-08-01', 'P', 'T4', '2025-08-05', 'X1'), episode('2025-08-05', 'T', 'U6', null, null)] },
    ], 'placements-3-or-more');
    assert.deepEqual(counted(r), ['three']);
    assert.deepEqual(r.headline.denominator!.cases.map((c) => c.value).sort(), [2, 3]);
  });

  it('3 or more placements in 2 years, for children looked after 2 years or more', () => {
    const r = run([
      { id: 'unstable', care: [episode('2023-01-01', 'S', 'U4', '2024-06-01', 'X1'), episode('2024-06-01', 'P', 'U6', '2025-06-01', 'X1'), episode('2025-06-01', 'P', 'K2', null, null)] },
      { id: 'too-recent', care: [episode('2024-06-01', 'S', 'U4', '2025-01-01', 'X1'), episode('2025-01-01', 'P', 'U6', '2025-06-01', 'X1'), episode('2025-06-01', 'P', 'K2', null, null)] },
    ], 'placements-3-or-more-2-years');
    assert.deepEqual(counted(r), ['unstable']);
    assert.equal(r.headline.denominator!.count, 1);
  });

  it('long-term stability: under 16, looked after 2.5 years, same carer for 2 years to the day', () => {
    const r = run([
      { id: 'stable', birth: '2012-06-15', care: [episode('2023-06-01', 'S', 'U6', '2024-03-31', 'X1'), episode('2024-03-31', 'P', 'U4', '2025-01-01', 'X1'), episode('2025-01-01', 'T', 'A5', null, null)] },
      { id: 'day-short', birth: '2012-06-15', care: [episode('2023-06-01', 'S', 'U6', '2024-04-01', 'X1'), episode('2024-04-01', 'P', 'U4', null, null)] },
      { id: 'sixteen', birth: '2010-03-31', care: [episode('2020-06-01', 'S', 'U4', null, null)] },
    ], 'long-term-stability');
    assert.deepEqual(counted(r), ['stable']);
    assert.equal(r.headline.denominator!.count, 2);
  });

  it('placements out of area and over 20 miles need a postcode lookup, and use it when given', () => {
    const children: TestChild[] = [
      { id: 'far', care: [episode('2025-05-01', 'S', 'U4', null, null, { HOME_POST: 'HOME', PL_POST: 'FAR' })] },
      { id: 'near', care: [episode('2025-05-01', 'S', 'U4', null, null, { HOME_POST: 'HOME', PL_POST: 'NEAR' })] },
      { id: 'unknown', care: [episode('2025-05-01', 'S', 'U4', null, null, { HOME_POST: 'HOME', PL_POST: 'NOWHERE' })] },
    ];
    const [without] = computeIndicators(children.map(testChild), { at, indicators: [indicatorById('placed-over-20-miles')!] });
    assert.equal(without!.available, false);
    // 0.3° of latitude is 20.7 miles, 0.28° is 19.3 miles.
    const places: Record<string, { latitude: number; longitude: number; la: string }> = { HOME: { latitude: 51.5, longitude: -0.1, la: '806' }, FAR: { latitude: 51.8, longitude: -0.1, la: '807' }, NEAR: { latitude: 51.78, longitude: -0.1, la: '806' } };
    const postcodes: PostcodeLookup = { locate: (p) => places[p] ?? null };
    const miles = run(children, 'placed-over-20-miles', { postcodes });
    assert.deepEqual(counted(miles), ['far']);
    assert.equal(miles.headline.denominator!.count, 2);
    assert.deepEqual(counted(run(children, 'placed-out-of-area', { postcodes })), ['far']);
  });

  it('missing: children looked after in the year who went missing, and the episodes', () => {
    const children: TestChild[] = [
      { id: 'missing', care: [episode('2025-05-01', 'S', 'U4', null, null)], missing: [{ MIS_START: '2025-07-01', MIS_END: '2025-07-02' }, { MIS_START: '2025-08-01', MIS_END: '2025-08-01' }, { MISSING: 'A', MIS_START: '2025-09-01', MIS_END: '2025-09-01' }] },
      { id: 'away-only', care: [episode('2025-05-01', 'S', 'U4', null, null)], missing: [{ MISSING: 'A', MIS_START: '2025-09-01', MIS_END: '2025-09-01' }] },
    ];
    const r = run(children, 'missing-from-care');
    assert.deepEqual(counted(r), ['missing']);
    assert.equal(r.headline.value, 50);
    assert.equal(run(children, 'missing-episodes').headline.value, 2);
  });

  it('adoption: days from entering care to moving in with the adopters, who were the foster carers', () => {
    // 10 January to 1 June 2023 is 142 days; the A5 placement with the same carers does not restart the clock.
    const r = run([{ id: 'adopted', care: [episode('2023-01-10', 'S', 'U6', '2023-06-01', 'X1'), episode('2023-06-01', 'P', 'U4', '2024-03-01', 'X1'), episode('2024-03-01', 'T', 'A5', '2025-06-15', 'E11')] }], 'adoption-timeliness');
    assert.equal(r.headline.value, 142);
  });
});

describe('care leavers', () => {
  const leavers: TestChild[] = [
    { id: 'well', birth: '2005-07-01', careLeaver: [{ year: '2025/26', IN_TOUCH: 'YES', ACTIV: 'F2', ACCOM: 'U1' }] },
    { id: 'neet', birth: '2005-07-01', careLeaver: [{ year: '2025/26', IN_TOUCH: 'YES', ACTIV: 'G5', ACCOM: 'U2' }] },
    { id: 'lost', birth: '2005-07-01', careLeaver: [{ year: '2025/26', IN_TOUCH: 'NO', ACTIV: '0', ACCOM: '0' }] },
    { id: 'seventeen', birth: '2008-07-01', careLeaver: [{ year: '2025/26', IN_TOUCH: 'YES', ACTIV: 'F2', ACCOM: 'U1' }] },
  ];
  it('aged 19 to 21: in touch, in education, employment or training, in suitable accommodation', () => {
    assert.deepEqual(counted(run(leavers, 'care-leavers-in-touch')), ['neet', 'well']);
    assert.deepEqual(counted(run(leavers, 'care-leavers-eet')), ['well']);
    assert.deepEqual(counted(run(leavers, 'care-leavers-suitable-accommodation')), ['well']);
    assert.equal(run(leavers, 'care-leavers-eet').headline.denominator!.count, 3);
  });
});

describe('the registry', () => {
  it('says which Annex A list a measure needs rather than inventing a number', () => {
    const results = computeIndicators([], { at, indicators: INDICATORS.filter((i) => i.kind === 'unavailable') });
    assert.deepEqual(results.map((r) => r.indicator.id).sort(), ['care-leavers-contact', 'contacts-rate', 'return-interviews']);
    for (const r of results) assert.ok(!r.available && /needs Annex A list \d/.test(r.reason));
  });

  it('gives every indicator a distinct id, a definition and a variant', () => {
    assert.equal(new Set(INDICATORS.map((i) => i.id)).size, INDICATORS.length);
    for (const i of INDICATORS) assert.ok(i.definition.text.length > 40 && i.definition.variant.length > 5, i.id);
  });

  it('splits the headline by age, sex, ethnicity, disability and need; a rate split has counts only', () => {
    const r = run([
      { id: 'A', birth: '2025-01-01', sex: 'F', ethnicity: 'BAFR', disabilities: ['AUT'], cin: [{ referral: '2025-06-01', need: 'N2' }] },
      { id: 'B', birth: '2010-01-01', sex: 'M', ethnicity: 'WBRI', cin: [{ referral: '2025-06-01', need: 'N1' }] },
    ], 'referrals-rate');
    const groups = (d: keyof typeof r.splits) => Object.fromEntries(r.splits[d].map((g) => [g.group, g.numerator.children]));
    assert.deepEqual(groups('age'), { 'Under 1': ['A'], '10 to 15': ['B'] });
    assert.deepEqual(groups('sex'), { Female: ['A'], Male: ['B'] });
    assert.deepEqual(groups('ethnicity'), { 'Black or Black British': ['A'], White: ['B'] });
    assert.deepEqual(groups('disability'), { Disabled: ['A'], 'No disability': ['B'] });
    assert.deepEqual(groups('need'), { N1: ['B'], N2: ['A'] });
    assert.ok(r.splits.age.every((g) => g.value === null));
  });
});
