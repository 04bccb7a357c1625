import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, addMonths, ageOn, daysBetween } from '../model/dates.ts';
import type { CINdetails } from '../model/cin.ts';
import type { Episode } from '../model/ssda903.ts';
import { workingDaysBetween } from '../calendar/working-days.ts';
import { generateChildren, cinHeader, childIdFor, type CouncilOptions, type SyntheticChild } from './council.ts';

/**
 * Calibration: a council over five years must show England's headline rates (indicators.md §2),
 * computed the way the indicators are, from the returns the generator writes. 10,000 children (about
 * 1.5 s) rather than 5,000, because the placement stability cohort is only a few hundred child-years.
 */
const options: CouncilOptions = { children: 10_000, firstYear: 2021, lastYear: 2025, seed: 42, la: '806' };
const children: SyntheticChild[] = [...generateChildren(options)];

/** The latest version of each item across years, by its start date, in date order. */
function latestByStart<T>(versions: readonly T[], start: (item: T) => string): T[] {
  const byStart = new Map<string, T>();
  for (const item of versions) byStart.set(start(item), item);
  return [...byStart.values()].sort((a, b) => start(a).localeCompare(start(b)));
}

/**
 * Each CIN episode pieced together from every census it is in, as an indicator must: a census returns
 * only the activity open at 1 April or started in its year, so an assessment or plan finished last year
 * is in last year's census alone. Later versions win (they are the more complete).
 */
function episodesOfNeed(child: SyntheticChild): CINdetails[] {
  const versions = [...child.cin.values()].flatMap((record) => record.CINdetails);
  return latestByStart(versions, (d) => d.CINreferralDate!).map((latest) => {
    const all = versions.filter((d) => d.CINreferralDate === latest.CINreferralDate);
    return {
      ...latest,
      Assessments: latestByStart(all.flatMap((d) => d.Assessments), (a) => a.AssessmentActualStartDate!),
      CINPlanDates: latestByStart(all.flatMap((d) => d.CINPlanDates), (p) => p.CINPlanStartDate!),
      Section47: latestByStart(all.flatMap((d) => d.Section47), (s) => s.S47ActualStartDate!),
      ChildProtectionPlans: latestByStart(all.flatMap((d) => d.ChildProtectionPlans), (p) => p.CPPstartDate!),
    };
  });
}

/** A child's 903 episodes across years, the latest return's version of each. */
function careEpisodes(child: SyntheticChild): Episode[] {
  return latestByStart([...child.ssda903.values()].flatMap((rows) => rows.episodes ?? []), (e) => e.DECOM!);
}

function share(hits: number, total: number): number {
  assert.ok(total > 0, 'the measure has no cases');
  return (100 * hits) / total;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function within(name: string, value: number, target: number, tolerance: number): void {
  assert.ok(Math.abs(value - target) <= tolerance, `${name}: ${value.toFixed(1)} is not within ${tolerance} of ${target}`);
}

const inYears = (date: string, from: number, to: number): boolean => date >= `${from - 1}-04-01` && date <= `${to}-03-31`;

describe('synthetic council calibration (10,000 children, 2020/21–2024/25)', () => {
  it('re-refers about 22% of referrals within 12 months', () => {
    let referrals = 0;
    let again = 0;
    for (const child of children) {
      const dates = episodesOfNeed(child).map((d) => d.CINreferralDate!);
      for (const date of dates) {
        // From the second year on, so that the 12 months before are in the returns too.
        if (!inYears(date, 2022, 2025)) continue;
        referrals++;
        if (dates.some((d) => d < date && d >= addDays(date, -365))) again++;
      }
    }
    within('re-referrals %', share(again, referrals), 22, 4);
  });

  it('completes about 86% of assessments within 45 working days, median about 33', () => {
    const durations: number[] = [];
    for (const child of children) {
      for (const d of episodesOfNeed(child)) {
        for (const a of d.Assessments) {
          if (a.AssessmentAuthorisationDate && inYears(a.AssessmentAuthorisationDate, 2021, 2025)) {
            durations.push(workingDaysBetween(a.AssessmentActualStartDate!, a.AssessmentAuthorisationDate));
          }
        }
      }
    }
    within('assessments within 45 working days %', share(durations.filter((d) => d <= 45).length, durations.length), 86, 3);
    within('median working days', median(durations), 33, 3);
  });

  it('makes about one CP plan in five a second or later plan, counted from the child\'s own history', () => {
    let started = 0;
    let repeat = 0;
    for (const child of children) {
      const plans = episodesOfNeed(child).flatMap((d) => d.ChildProtectionPlans);
      plans.forEach((p, i) => {
        // NumberOfPreviousCPP counts at least the earlier plans the returns show.
        assert.ok(p.NumberOfPreviousCPP! >= i, `child ${child.childId}: NumberOfPreviousCPP ${p.NumberOfPreviousCPP} below the ${i} earlier plans`);
        if (!inYears(p.CPPstartDate!, 2021, 2025)) return;
        started++;
        if (p.NumberOfPreviousCPP! >= 1) repeat++;
      });
    }
    within('CP plans second or subsequent %', share(repeat, started), 20, 5);
  });

  it('ends about 4% of CP plans after two years or more', () => {
    let ended = 0;
    let long = 0;
    for (const child of children) {
      for (const p of episodesOfNeed(child).flatMap((d) => d.ChildProtectionPlans)) {
        if (!p.CPPendDate || !inYears(p.CPPendDate, 2021, 2025)) continue;
        ended++;
        if (p.CPPendDate >= addMonths(p.CPPstartDate!, 24)) long++;
      }
    }
    within('CP plans ending after 2 years or more %', share(long, ended), 4.4, 2.5);
  });

  it('has about 23% of children looked after 2 years or more with 3 or more placements in those 2 years', () => {
    let cohort = 0;
    let unstable = 0;
    for (const child of children) {
      const episodes = careEpisodes(child).filter((e) => e.LS !== 'V3' && e.LS !== 'V4');
      for (let year = 2023; year <= 2025; year++) {
        const ref = `${year}-03-31`;
        const twoYearsBefore = addMonths(ref, -24);
        const open = episodes.findIndex((e) => e.DECOM! <= ref && (e.DEC === null || e.DEC > ref));
        if (open < 0) continue;
        // Walk back along the X1 chain to the start of the period of care.
        let first = open;
        while (first > 0 && episodes[first - 1]!.REC === 'X1' && episodes[first - 1]!.DEC === episodes[first]!.DECOM) first--;
        if (episodes[first]!.DECOM! > twoYearsBefore) continue;
        cohort++;
        // Placements in the 2 years: the one current at their start, and every change of carer after it.
        const moves = episodes.slice(first, open + 1).filter((e) => e.DECOM! > twoYearsBefore && (e.RNE === 'P' || e.RNE === 'B')).length;
        if (1 + moves >= 3) unstable++;
      }
    }
    // A few hundred child-years: the sampling spread alone is about 2 points.
    within('CLA 2y+ with 3+ placements %', share(unstable, cohort), 23, 6);
  });

  it('fosters about 70% of children looked after at 31 March', () => {
    let looked = 0;
    let fostered = 0;
    for (const child of children) {
      for (const [year, rows] of child.ssda903) {
        const current = (rows.episodes ?? []).find((e) => e.DEC === null && e.LS !== 'V3' && e.LS !== 'V4');
        if (!current || year < 2021) continue;
        looked++;
        if (/^U[1-6]$/.test(current.PLACE!)) fostered++;
      }
    }
    within('fostered at 31 March %', share(fostered, looked), 70, 5);
  });

  it('refers children of every age from unborn to 17, infants included', () => {
    const ages = new Map<number, number>();
    let unborn = 0;
    for (const child of children) {
      for (const record of child.cin.values()) {
        const id = record.ChildIdentifiers;
        if (!id.PersonBirthDate) unborn++;
        for (const d of record.CINdetails) {
          if (!id.PersonBirthDate) continue;
          const age = ageOn(id.PersonBirthDate, d.CINreferralDate!);
          ages.set(age, (ages.get(age) ?? 0) + 1);
        }
      }
    }
    for (let age = 0; age <= 17; age++) assert.ok((ages.get(age) ?? 0) > 0, `no referral at age ${age}`);
    assert.ok(unborn > 0, 'no unborn children');
    assert.ok(Math.max(...ages.keys()) <= 17, 'a referral after the 18th birthday');
    const total = [...ages.values()].reduce((a, b) => a + b, 0);
    assert.ok((ages.get(0) ?? 0) / total > 0.05, 'too few infants');
  });

  it('refers from the police and schools most, with a few referrals leading to no further action', () => {
    const sources = new Map<string, number>();
    let referrals = 0;
    let nfa = 0;
    for (const child of children) {
      for (const d of episodesOfNeed(child)) {
        if (!inYears(d.CINreferralDate!, 2021, 2025)) continue;
        referrals++;
        if (d.ReferralNFA) nfa++;
        sources.set(d.ReferralSource!, (sources.get(d.ReferralSource!) ?? 0) + 1);
      }
    }
    within('police %', share(sources.get('6') ?? 0, referrals), 28, 3);
    within('schools %', share(sources.get('2A') ?? 0, referrals), 21, 3);
    within('referral NFA %', share(nfa, referrals), 7, 2);
  });

  it('keeps roughly England\'s proportions of children in need, on plans and looked after at 31 March', () => {
    for (let year = 2022; year <= 2025; year++) {
      const ref = `${year}-03-31`;
      let open = 0;
      let cp = 0;
      let cla = 0;
      for (const child of children) {
        const record = child.cin.get(year);
        if (record?.CINdetails.some((d) => d.CINclosureDate === null)) open++;
        if (record?.CINdetails.some((d) => d.ChildProtectionPlans.some((p) => p.CPPendDate === null))) cp++;
        if (child.ssda903.get(year)?.episodes?.some((e) => e.DEC === null && e.LS !== 'V3' && e.LS !== 'V4')) cla++;
      }
      // England 31 March 2025: about 400,000 children in need, 49,420 on CP plans, 83,630 looked after (2024).
      within(`${ref} CP plans per 100 children in need`, share(cp, open), 12.5, 5);
      within(`${ref} looked after per 100 children in need`, share(cla, open), 21, 7);
    }
  });
});

describe('synthetic council identity', () => {
  it('is deterministic: the same seed gives the same children, another seed others', () => {
    const small = { ...options, children: 300 };
    const again = [...generateChildren(small)];
    assert.deepEqual(again, [...generateChildren(small)]);
    const other = [...generateChildren({ ...small, seed: 43 })];
    assert.notDeepEqual(other.map((c) => [...c.cin.values()]), again.map((c) => [...c.cin.values()]));
  });

  it('makes child i the same whatever the council size, but for the social workers drawn from its staff', () => {
    const withoutWorkers = (set: SyntheticChild[]) => JSON.stringify(set, (key, v: unknown) => (key === 'SW_ID' ? undefined : v instanceof Map ? [...v] : v));
    const few = [...generateChildren({ ...options, children: 300 })];
    assert.equal(withoutWorkers(few), withoutWorkers(children.slice(0, 300)));
  });

  it('refuses impossible options', () => {
    assert.throws(() => [...generateChildren({ ...options, children: -1 })], RangeError);
    assert.throws(() => [...generateChildren({ ...options, firstYear: 2026 })], RangeError);
  });

  it('gives distinct child ids', () => {
    assert.equal(new Set(children.map((c) => c.childId)).size, children.length);
    assert.equal(children[7]!.childId, childIdFor(options, 7));
  });

  it('writes a census header for the year', () => {
    const header = cinHeader(options, 2025);
    assert.equal(header.ReferenceDate, '2025-03-31');
    assert.equal(header.LEA, '806');
    assert.equal(header.Year, '2025');
  });

  it('has care episodes only for children whose CIN episode is open when they come into care', () => {
    for (const child of children.slice(0, 2000)) {
      const needs = episodesOfNeed(child);
      for (const e of careEpisodes(child).filter((x) => x.RNE === 'S')) {
        if (e.DECOM! < '2020-04-01') continue;
        const open = needs.some((d) => d.CINreferralDate! <= e.DECOM! && (d.CINclosureDate === null || d.CINclosureDate >= e.DECOM!));
        assert.ok(open, `child ${child.childId}: care from ${e.DECOM} with no open CIN episode (${daysBetween(needs[0]?.CINreferralDate ?? e.DECOM!, e.DECOM!)} days)`);
      }
    }
  });
});
