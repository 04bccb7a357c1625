import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { buildChronology } from '../core/chronology/chronology.ts';
import { produceAnnexA } from '../core/formats/annex-a/produce-annex-a.ts';
import { reconcileAnnexA } from '../core/formats/annex-a/reconcile.ts';
import { writeAnnexA } from '../core/formats/annex-a/write-annex-a.ts';
import { loadAnnexASnapshot } from './annex-a-snapshot.ts';
import type { Database } from './database.ts';
import { importReturn } from './import-return.ts';
import { loadJourneys } from './journeys.ts';
import { migrate } from './migrate.ts';
import { testCouncil, type TestCouncil } from './test-council.ts';
import { engines, storeState } from './testing.ts';

let council: TestCouncil;
before(async () => {
  council = await testCouncil({ children: 150, firstYear: 2025, lastYear: 2026, seed: 9 });
});
after(() => council.remove());

for (const engine of engines) {
  describe(`importing an Annex A on ${engine.name}`, { skip: engine.skip }, () => {
    let db: Database;
    beforeEach(async () => {
      db = await engine.open();
      await migrate(db);
    });
    afterEach(() => db.close());

    /** The returns of both years, then Annex A produced from them as of the date. */
    async function storeReturnsAndProduce(at: string): Promise<Uint8Array> {
      for (const year of [2025, 2026]) {
        for (const files of [await council.cin(year), await council.ssda903(year)]) {
          const r = await importReturn(db, { files, importedBy: 'tester', la: '806' });
          assert.equal(r.status, 'imported', r.message);
        }
      }
      const chronologies = [];
      for await (const j of loadJourneys(db, '806')) chronologies.push(buildChronology(j));
      return writeAnnexA(produceAnnexA(chronologies, at));
    }

    it('stores it as a snapshot whose rows join the chronology, and which agrees with the returns it came from', async () => {
      const at = '2026-01-31';
      const workbook = await storeReturnsAndProduce(at);
      const r = await importReturn(db, { files: [{ name: 'annex-a.xlsx', content: workbook }], importedBy: 'tester', la: '806' });
      assert.equal(r.status, 'imported', r.message);
      assert.equal(r.dataset, 'annex-a');
      assert.equal(r.year, '2025/26');
      const [stored] = await db.query<{ dataset: string; file_names: string[] }>('select dataset, file_names from returns where id = $1', [r.returnId]);
      assert.deepEqual(stored, { dataset: 'annex-a', file_names: ['annex-a.xlsx'] });
      const snapshot = (await loadAnnexASnapshot(db, '806', at))!;
      assert.ok((snapshot.lists[8]?.length ?? 0) > 0);
      assert.equal(await loadAnnexASnapshot(db, '806', '2026-02-01'), null);
      let joined = 0;
      const returnsOnly = [];
      for await (const j of loadJourneys(db, '806')) {
        const { annexA, ...rest } = j;
        returnsOnly.push(buildChronology(rest));
        if (!annexA) continue;
        joined++;
        assert.ok(annexA.every((a) => a.source.dataset === 'annex-a' && a.source.file === 'annex-a.xlsx' && a.source.line! >= 2));
      }
      assert.ok(joined > 0);
      // Produced from these very returns, it agrees with them.
      assert.deepEqual(reconcileAnnexA(snapshot, produceAnnexA(returnsOnly, at)), []);
      // The same workbook again changes nothing.
      assert.equal((await importReturn(db, { files: [{ name: 'annex-a.xlsx', content: workbook }], importedBy: 'tester', la: '806' })).status, 'unchanged');
    });

    it('keeps list 11 (adopters, who are not children) with the return, not among its children', async () => {
      const at = '2026-01-31';
      await storeReturnsAndProduce(at);
      const book = produceAnnexA([], at);
      const workbook = writeAnnexA({ ...book, lists: { ...book.lists, 11: [{ list: 11, values: { 'Individual adopter identifier': 'ADOPTER-1', 'Family identifier': 'F1' } }] } });
      const r = await importReturn(db, { files: [{ name: 'adopters.xlsx', content: workbook }], importedBy: 'tester', la: '806' });
      assert.equal(r.status, 'imported', r.message);
      assert.equal(r.children, 0);
      assert.deepEqual(await db.query('select child_id from return_children where return_id = $1', [r.returnId]), []);
      const snapshot = (await loadAnnexASnapshot(db, '806', at))!;
      assert.deepEqual(snapshot.lists[11]?.map((a) => a.values['Individual adopter identifier']), ['ADOPTER-1']);
    });

    it('refuses a corrupt workbook, or one whose date is not known, storing nothing', async () => {
      const before = await storeState(db);
      const corrupt = await importReturn(db, { files: [{ name: 'bad.xlsx', content: new TextEncoder().encode('PK\x03\x04 broken') }], importedBy: 'tester', la: '806' });
      assert.equal(corrupt.status, 'rejected');
      assert.match(corrupt.message, /could not be read as an Annex A: the file could not be opened as an Excel workbook/);
      const sample = new Uint8Array(await (await import('node:fs/promises')).readFile(new URL('../../../shared/reference/specs/liia-tools-pipeline/annex_a_pipeline/spec/samples/Annex_A_2024_Jan.xlsx', import.meta.url)));
      const undated = await importReturn(db, { files: [{ name: 'council.xlsx', content: sample }], importedBy: 'tester', la: '806' });
      assert.equal(undated.status, 'rejected');
      assert.match(undated.message, /give it, e\.g\. --at/);
      assert.deepEqual(await storeState(db), before);
      const dated = await importReturn(db, { files: [{ name: 'council.xlsx', content: sample }], importedBy: 'tester', la: '806', at: '2021-03-31' });
      assert.equal(dated.status, 'imported', dated.message);
      assert.equal(dated.year, '2020/21');
      // Its one unmapped value is stored with the return, sheet, row, column and value.
      const problems = await db.query<{ path: string; line: number; field: string; value: string }>("select path, line, field, value from read_problems where return_id = $1 and kind = 'bad-code'", [dated.returnId]);
      assert.deepEqual(problems, [{ path: 'List 6', line: 2, field: 'Primary Need Code', value: 'PSRMEM - Support with memory and cognition' }]);
    });
  });
}
