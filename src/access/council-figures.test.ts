import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { annexALists } from '../core/formats/annex-a/template.ts';
import { writeAnnexA } from '../core/formats/annex-a/write-annex-a.ts';
import type { AnnexARecord } from '../core/model/annex-a.ts';
import type { Database } from '../store/database.ts';
import { importReturn } from '../store/import-return.ts';
import { migrate } from '../store/migrate.ts';
import { produceStoredAnnexA } from '../store/produce-annex-a.ts';
import { storeWithCouncil, testCouncil, type TestCouncil } from '../store/test-council.ts';
import { engines } from '../store/testing.ts';
import type { Actor } from './accounts.ts';
import { ALLOCATIONS_MEMORY_MS, councilAllocations, councilFigures, storedChildren } from './council-figures.ts';
import { forActor } from './data-access.ts';

/**
 * The decision on Annex A in the figures: its rows join each child's chronology, with their source,
 * but the indicators and drift rules count the CIN census and SSDA903 only, so an Annex A changes
 * neither who is counted, nor what, nor the date the figures are for.
 */
const LA = '806';
const manager: Actor = { username: 'manager', la: LA, role: 'manager', team: null, expiresAt: null };
/** Drawn up in the next collection year (2026/27): counted, it would move the figures to 31 March 2027. */
const AT = '2026-05-31';
const ANNEX_A_ONLY = 'A900001';
const FILE = 'annex-a-2026-05-31.xlsx';

let council: TestCouncil;
before(async () => {
  council = await testCouncil({ children: 120, firstYear: 2025, lastYear: 2026, seed: 3, faults: 0 });
});
after(() => council?.remove());

/** A council's Annex A with a contact that went no further (a child no return names) and, for a child the returns know, a contact and a referral the census does not hold. */
function annexA(known: string, referral: string): Uint8Array {
  const row = (list: number, values: Record<string, string | number>): AnnexARecord => ({
    list, values: { ...Object.fromEntries(annexALists[list - 1]!.columns.map((c) => [c.heading, null])), Gender: 'Female', Ethnicity: 'WBRI', ...values },
  });
  return writeAnnexA({
    at: AT, months: 6, unfilled: [],
    lists: {
      1: [row(1, { 'Child Unique ID': ANNEX_A_ONLY, 'Date of Contact': '2026-04-20', 'Contact Source': '6' }), row(1, { 'Child Unique ID': known, 'Date of Contact': '2026-02-10', 'Contact Source': '6' })],
      3: [row(3, { 'Child Unique ID': known, 'Date of referral': referral, 'Referral Source': '6', 'Referral NFA?': 'No', 'Number of Referrals in Last 12 Months': 1 })],
    },
  });
}

for (const engine of engines) {
  describe(`Annex A in the chronology, not in the figures (${engine.name})`, { skip: engine.skip }, () => {
    let db: Database;
    before(async () => {
      db = await storeWithCouncil(engine, council);
    });
    after(() => db?.close());

    it("shows Annex A's events in the chronology with their source, and leaves the indicators and drift as the returns make them", async () => {
      const before = await storedChildren(db, LA);
      const figures = (await councilFigures(db, LA))!;
      const known = before.find((c) => c.referrals.length > 0)!;
      const referral = '2026-02-14';
      assert.ok(!known.referrals.some((r) => r.date === referral), 'a referral the census does not hold');
      const imported = await importReturn(db, { la: LA, files: [{ name: FILE, content: annexA(known.childId, referral) }], importedBy: 'test', at: AT });
      assert.equal(imported.status, 'imported', imported.message);
      assert.equal(imported.dataset, 'annex-a');

      // The chronology: the Annex-A-only child is there, and the known child's Annex A events join the census's.
      const access = forActor(db, manager);
      const only = await access.chronology(ANNEX_A_ONLY, 'test');
      assert.deepEqual(only.events.map((e) => [e.kind, e.date]), [['contact', '2026-04-20']]);
      assert.deepEqual(only.events[0]!.sources, [{ dataset: 'annex-a', year: '2026/27', file: FILE, line: 2 }]);
      const theirs = await access.chronology(known.childId, 'test');
      const added = theirs.events.filter((e) => e.sources.some((s) => s.dataset === 'annex-a'));
      assert.deepEqual(added.map((e) => [e.kind, e.date]), [['contact', '2026-02-10'], ['referral', referral]]);
      assert.ok(theirs.events.some((e) => e.sources.some((s) => s.dataset === 'cin')), 'the census events are still there');

      // The figures: the same children, counted the same, on the same date, from the same returns.
      const after = await storedChildren(db, LA);
      assert.deepEqual(after, before);
      assert.ok(!after.some((c) => c.childId === ANNEX_A_ONLY));
      const again = (await councilFigures(db, LA))!;
      assert.equal(again.at, '2026-03-31');
      assert.deepEqual(again.returnIds, figures.returnIds, 'an Annex A is not one of the returns the figures are worked out from');
      const referrals = (f: typeof figures) => f.indicators.find((r) => r.indicator.id === 'referrals-rate');
      const headline = (f: typeof figures) => { const r = referrals(f); return r?.available ? r.headline.numerator.count : null; };
      assert.equal(headline(again), headline(figures));
      assert.equal(again.drift.items.length, figures.drift.items.length);

      // Producing Annex A still takes in what only an Annex A records.
      const book = await produceStoredAnnexA(db, LA, AT, 6);
      assert.ok(book.lists[1]!.some((r) => r.values['Child Unique ID'] === ANNEX_A_ONLY));
    });
  });
}

describe('the remembered allocations', () => {
  it('are read again after a while, keeping the same maps while nothing changed and new ones once something has', async (t) => {
    const db = await engines[0]!.open();
    try {
      await migrate(db);
      await db.query("insert into allocations (la, child_id, team, worker) values ('806', 'C1', 'Team A', 'A-SW01'), ('806', 'C2', 'Team B', null)");
      t.mock.timers.enable({ apis: ['Date'], now: 1_000_000 });
      const first = await councilAllocations(db, LA);
      t.mock.timers.tick(ALLOCATIONS_MEMORY_MS + 1);
      assert.equal(await councilAllocations(db, LA), first, 'unchanged: the same maps, so worklists made from them are kept');
      await db.query("update allocations set worker = 'B-SW02' where child_id = 'C2'");
      assert.equal(await councilAllocations(db, LA), first, 'remembered for a while');
      t.mock.timers.tick(ALLOCATIONS_MEMORY_MS + 1);
      const changed = await councilAllocations(db, LA);
      assert.notEqual(changed, first);
      assert.deepEqual(changed.allocations.get('C2'), { team: 'Team B', worker: 'B-SW02' });
    } finally {
      await db.close();
    }
  });
});
