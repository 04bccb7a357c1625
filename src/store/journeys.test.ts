import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildChronology } from '../core/chronology/chronology.ts';
import { JourneyCollector } from '../core/chronology/journeys.ts';
import { readCinCensus } from '../core/formats/cin/index.ts';
import { read903 } from '../core/formats/ssda903/index.ts';
import { collectionYear } from '../core/model/collection-year.ts';
import type { ChildJourney } from '../core/model/journey.ts';
import type { Ssda903TableName } from '../core/model/ssda903.ts';
import type { Database } from './database.ts';
import { importReturn } from './import-return.ts';
import { loadJourney, loadJourneys, searchChildren } from './journeys.ts';
import { migrate } from './migrate.ts';
import { loadReturn } from './returns.ts';
import { testCouncil, type TestCouncil } from './test-council.ts';
import { engines } from './testing.ts';

const YEARS = [2024, 2025];
let council: TestCouncil;
/** The journeys read straight from the files, as the store should give them back. */
let direct: JourneyCollector;

before(async () => {
  council = await testCouncil({ children: 800, firstYear: 2024, lastYear: 2025, seed: 5 });
  direct = new JourneyCollector('806');
  for (const year of YEARS) {
    const [census] = await council.cin(year);
    const { census: read } = await readCinCensus(census!.content, { file: census!.name });
    for (const child of read!.children) direct.addCinChild(child, read!.year, census!.name);
    // Each table with the file it came from, as the store keeps it.
    for (const file of await council.ssda903(year)) {
      const ret = read903([file], { year: collectionYear(year) }).return!;
      for (const table of Object.keys(ret.tables) as Ssda903TableName[]) {
        if (ret.tables[table].length) direct.add903({ [table]: ret.tables[table] }, ret.year, file.name);
      }
    }
  }
});
after(() => council.remove());

/** A child both returns know, with CIN records in more than one year. */
function childInBoth(): ChildJourney {
  for (const j of direct.journeys()) if (j.cin.length > 1 && j.lookedAfter.episodes.length > 0) return j;
  throw new Error('the test council has no child in both returns');
}

for (const engine of engines) {
  describe(`journeys from the store on ${engine.name}`, { skip: engine.skip }, () => {
    let db: Database;
    before(async () => {
      db = await engine.open();
      await migrate(db);
      // A wrong census for 2024/25 first, replaced by the right one: journeys must read only the current return.
      const [census2025] = await council.cin(2025);
      const wrong = new TextDecoder().decode(census2025!.content).replace(/<LAchildID>(\d+)<\/LAchildID>/g, '<LAchildID>X$1</LAchildID>');
      assert.equal((await importReturn(db, { files: [{ name: 'wrong.xml', content: new TextEncoder().encode(wrong) }], importedBy: 't' })).status, 'imported');
      for (const year of YEARS) {
        for (const files of [await council.cin(year), await council.ssda903(year)]) {
          const r = await importReturn(db, { files, importedBy: 't' });
          assert.equal(r.status, 'imported', r.message);
        }
      }
    });
    after(() => db.close());

    it("gives back a child's journey exactly as the files give it, and the same chronology", async () => {
      const expected = childInBoth();
      const journey = await loadJourney(db, '806', expected.childId);
      assert.deepEqual(journey, expected);
      assert.deepEqual(buildChronology(journey!), buildChronology(expected));
      assert.ok(buildChronology(journey!).events.length > 0);
      assert.equal(await loadJourney(db, '806', 'no such child'), null);
      assert.equal(await loadJourney(db, '807', expected.childId), null);
    });

    it('gives every child of the current returns, in id order, page by page', async () => {
      const all: ChildJourney[] = [];
      for await (const j of loadJourneys(db, '806')) all.push(j);
      const expected = [...direct.journeys()].sort((a, b) => (a.childId < b.childId ? -1 : 1));
      assert.ok(expected.length > 250, `${expected.length} children: enough for more than one page`);
      assert.deepEqual(all.map((j) => j.childId), expected.map((j) => j.childId));
      assert.deepEqual(all, expected);
    });

    it('finds children by the start of their id, among current returns only', async () => {
      const child = childInBoth();
      const prefix = child.childId.slice(0, 4);
      const found = await searchChildren(db, '806', prefix, 5);
      assert.ok(found.length >= 1 && found.length <= 5);
      assert.ok(found.every((m) => m.childId.startsWith(prefix)));
      assert.deepEqual(found.map((m) => m.childId), [...found.map((m) => m.childId)].sort());
      const exact = await searchChildren(db, '806', child.childId);
      assert.deepEqual(exact[0], { childId: child.childId, datasets: ['cin', 'ssda903'], years: [...new Set([...child.cin, ...child.lookedAfter.episodes].map((r) => r.source.year))].sort() });
      assert.deepEqual(await searchChildren(db, '806', 'X'), [], 'the superseded census is not searched');
      assert.deepEqual(await searchChildren(db, '806', '%'), [], 'a % in the prefix is a character, not a wildcard');
      assert.equal((await loadReturn(db, 1))!.supersededBy !== null, true);
    });
  });
}
