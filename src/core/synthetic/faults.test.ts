import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { codesIn } from '../codes/code-list.ts';
import { placement } from '../codes/ssda903-codes.ts';
import { referralSource } from '../codes/cin-codes.ts';
import { collectionYear } from '../model/collection-year.ts';
import type { CinChild } from '../model/cin.ts';
import { validateCinCensus } from '../validation/cin-validator.ts';
import { cinHeader, generateChildren, type CouncilOptions } from './council.ts';

describe('fault injection', () => {
  const base: CouncilOptions = { children: 1500, firstYear: 2022, lastYear: 2025, seed: 11, la: '340' };

  it('injects no faults at rate 0', () => {
    for (const child of generateChildren(base)) assert.equal(child.faults.length, 0);
  });

  it('injects faults at about the rate asked for, and they are there to find', () => {
    let records = 0;
    let injected = 0;
    const kinds = new Set<string>();
    let badSources = 0;
    let badPlaces = 0;
    let backwardEpisodes = 0;
    for (const child of generateChildren({ ...base, faults: 0.05 })) {
      records += child.records;
      injected += child.faults.length;
      for (const f of child.faults) kinds.add(`${f.dataset}:${f.kind}`);
      for (const [year, record] of child.cin) {
        for (const d of record.CINdetails) if (d.ReferralSource !== null && !codesIn(referralSource, year).has(d.ReferralSource)) badSources++;
      }
      for (const [year, rows] of child.ssda903) {
        for (const e of rows.episodes ?? []) {
          if (e.PLACE !== null && !codesIn(placement, year).has(e.PLACE)) badPlaces++;
          if (e.DEC !== null && e.DECOM !== null && e.DEC < e.DECOM) backwardEpisodes++;
        }
      }
    }
    const rate = injected / records;
    assert.ok(Math.abs(rate - 0.05) < 0.008, `fault rate ${rate.toFixed(4)} over ${records} records`);
    for (const kind of ['cin:bad-code', 'cin:missing-value', 'cin:date-order', 'ssda903:bad-code', 'ssda903:overlap', 'ssda903:duplicate', 'ssda903:date-order']) {
      assert.ok(kinds.has(kind), `no ${kind} fault`);
    }
    assert.ok(badSources > 0 && badPlaces > 0 && backwardEpisodes > 0, 'injected faults are not visible in the records');
  });

  it('gives the CIN validator errors to find, each on a child given a fault that year', () => {
    const options: CouncilOptions = { ...base, firstYear: 2023, lastYear: 2026, faults: 0.05 };
    const records = new Map<number, CinChild[]>();
    const faulted = new Map<number, Set<string>>();
    for (const child of generateChildren(options)) {
      for (const [year, record] of child.cin) (records.get(year) ?? records.set(year, []).get(year)!).push(record);
      for (const f of child.faults) if (f.dataset === 'cin') (faulted.get(f.year) ?? faulted.set(f.year, new Set()).get(f.year)!).add(child.childId);
    }
    for (let year = 2023; year <= 2026; year++) {
      const report = validateCinCensus({ year: collectionYear(year), header: cinHeader(options, year), children: records.get(year)! });
      const flagged = new Set(report.findings.filter((f) => f.severity === 'error').map((f) => f.child!));
      assert.ok(flagged.size > 0.3 * faulted.get(year)!.size, `${year}: errors on ${flagged.size} children of ${faulted.get(year)!.size} given faults`);
      for (const child of flagged) assert.ok(faulted.get(year)!.has(child), `${year}: child ${child} has errors but was given no fault`);
    }
  });

  it('injects the same faults for the same seed', () => {
    const options = { ...base, children: 200, faults: 0.1 };
    const a = [...generateChildren(options)].map((c) => c.faults);
    const b = [...generateChildren(options)].map((c) => c.faults);
    assert.deepEqual(a, b);
  });
});
