import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { addMonths, fromDayNumber, dayNumber } from '../../model/dates.ts';
import { produceAnnexA } from './produce-annex-a.ts';
import { syntheticChronologies } from './synthetic-chronologies.ts';
import { annexALists } from './template.ts';

const chronologies = syntheticChronologies({ children: 250, firstYear: 2023, lastYear: 2026, seed: 5, la: '806' });

describe('producing Annex A from chronologies', () => {
  it("follows Ofsted's period and snapshot rules for any date", () => {
    fc.assert(fc.property(fc.integer({ min: dayNumber('2023-06-01'), max: dayNumber('2026-03-31') }), fc.constantFrom(6 as const, 12 as const), (day, months) => {
      const at = fromDayNumber(day);
      const from = addMonths(at, -months);
      const book = produceAnnexA(chronologies, at, months);
      for (const list of annexALists) {
        for (const r of book.lists[list.list]!) {
          // Rows carry exactly Ofsted's columns, and nothing after the date.
          assert.deepEqual(Object.keys(r.values), list.columns.map((c) => c.heading));
          // (A date of birth may be later: unborn children are referred with their expected date.)
          for (const c of list.columns) if (c.type === 'date' && c.heading !== 'Date of Birth' && r.values[c.heading] !== null) assert.ok(String(r.values[c.heading]) <= at, `${list.sheet} ${c.heading}`);
        }
      }
      const v = (list: number, h: string) => book.lists[list]!.map((r) => r.values[h] as string | null);
      for (const d of v(3, 'Date of referral')) assert.ok(d! > from);
      for (const d of v(5, 'Strategy discussion initiating Section 47 Enquiry Start Date')) assert.ok(d! > from);
      // CP plans and care: open at the date, or ended within the period.
      for (const d of v(7, 'Child Protection Plan End Date')) assert.ok(d === null || d > from);
      for (const d of v(8, 'Date Ceased to be Looked After')) assert.ok(d === null || d > from);
      for (const r of book.lists[3]!) assert.ok((r.values['Number of Referrals in Last 12 Months'] as number) >= 1);
    }), { numRuns: 8 });
  });

  it('lists every child in care at the date, with placement, legal status and age', () => {
    const at = '2026-01-31';
    const book = produceAnnexA(chronologies, at);
    const inCare = chronologies.filter((c) => c.spans.some((s) => s.kind === 'period-of-care' && s.start <= at && (s.end === null || s.end > at))).map((c) => c.childId).sort();
    const open = book.lists[8]!.filter((r) => r.values['Date Ceased to be Looked After'] === null).map((r) => r.values['Child Unique ID']).sort();
    assert.ok(inCare.length > 0);
    assert.deepEqual(open, inCare);
    for (const r of book.lists[8]!) {
      assert.notEqual(r.values["Child's Legal Status"], null);
      assert.notEqual(r.values['Start Date of Most Recent Placement'], null);
      assert.equal(typeof r.values['Age of Child (Years)'], 'number');
    }
    // Placement types Ofsted's drop-down predates (K3, from 2024) are left empty rather than mislabelled.
    assert.ok(book.lists[8]!.filter((r) => r.values['Placement Type'] === null).length <= 1);
    // Lists only Annex A can fill are empty, and the cover says why.
    assert.equal(book.lists[1]!.length, 0);
    assert.ok(book.unfilled.some((u) => u.list === 1 && /only in a council's Annex A/.test(u.why)));
    assert.ok(book.unfilled.some((u) => u.heading === 'Allocated Worker'));
  });
});
