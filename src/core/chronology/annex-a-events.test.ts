import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AnnexARecord } from '../model/annex-a.ts';
import { collectionYear } from '../model/collection-year.ts';
import { generateChildren } from '../synthetic/council.ts';
import { buildChronology } from './chronology.ts';
import { JourneyCollector } from './journeys.ts';

/** A generated child with a referral in its CIN census, and that census's year. */
function referredChild() {
  for (const child of generateChildren({ children: 100, firstYear: 2025, lastYear: 2025, seed: 2, la: '806' })) {
    const [year, record] = [...child.cin][0] ?? [];
    const referral = record?.CINdetails.find((e) => e.CINreferralDate !== null && e.ReferralSource !== null);
    if (record && referral) return { year: year!, record, referral };
  }
  throw new Error('no referred child in the sample');
}

describe('Annex A events in the chronology', () => {
  const { year, record, referral } = referredChild();
  const id = record.ChildIdentifiers.LAchildID;
  const row = (list: number, values: Record<string, string | number | null>, line: number): AnnexARecord => ({ list, line, values: { 'Child Unique ID': id, Gender: 'Female', ...values } });

  it('adds contacts, visits and pathway plans, and merges a referral both returns give into one event', () => {
    const collector = new JourneyCollector('806');
    collector.addCinChild(record, collectionYear(year));
    collector.addAnnexA([
      row(1, { 'Date of Contact': '2024-06-03', 'Contact Source': '6' }, 2),
      row(3, { 'Date of referral': referral.CINreferralDate, 'Referral Source': referral.ReferralSource === '6' ? '1A' : '6', 'Referral NFA?': null }, 5),
      row(8, { 'Date of Last Health Assessment': '2024-05-01', 'Date of Last Dental Check': null }, 7),
      row(9, { 'Latest Pathway Plan Review Date': '2024-04-02' }, 4),
      { list: 11, line: 2, values: { 'Individual adopter identifier': 'A1' } },
    ], collectionYear(year), 'annex-a.xlsx');
    const journey = collector.journey(id)!;
    assert.equal(journey.annexA!.length, 4);
    const c = buildChronology(journey);
    const contact = c.events.find((e) => e.kind === 'contact')!;
    assert.equal(contact.date, '2024-06-03');
    assert.equal(contact.details.ContactSource, '6');
    assert.deepEqual(contact.sources, [{ dataset: 'annex-a', year: collectionYear(year), file: 'annex-a.xlsx', line: 2 }]);
    assert.ok(c.events.some((e) => e.kind === 'health-assessment' && e.date === '2024-05-01'));
    assert.ok(c.events.some((e) => e.kind === 'pathway-plan-review' && e.date === '2024-04-02'));
    assert.ok(!c.events.some((e) => e.kind === 'dental-check'));
    const referrals = c.events.filter((e) => e.kind === 'referral' && e.date === referral.CINreferralDate);
    assert.equal(referrals.length, 1);
    assert.deepEqual(referrals[0]!.sources.map((s) => s.dataset).sort(), ['annex-a', 'cin']);
    // The two returns name different sources: both are kept as a conflict.
    assert.deepEqual(referrals[0]!.conflicts.map((x) => x.field), ['ReferralSource']);
    // Annex A's gender joins the identity.
    assert.ok(c.identity.sources.some((s) => s.dataset === 'annex-a'));
  });

  it('leaves a journey without Annex A as it was', () => {
    const collector = new JourneyCollector('806');
    collector.addCinChild(record, collectionYear(year));
    assert.equal(collector.journey(id)!.annexA, undefined);
  });
});
