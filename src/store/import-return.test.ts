import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import type { Database, Queryable } from './database.ts';
import { importReturn, type ImportInput } from './import-return.ts';
import { migrate } from './migrate.ts';
import { returnHash } from './return-hash.ts';
import { listReturns, loadReturn } from './returns.ts';
import { testCouncil, type NamedFile, type TestCouncil } from './test-council.ts';
import { engines, spyOnTransactions, storeState } from './testing.ts';

let council: TestCouncil;
before(async () => {
  council = await testCouncil({ children: 300, firstYear: 2024, lastYear: 2025, seed: 11 });
});
after(() => council.remove());

const text = (f: NamedFile) => new TextDecoder().decode(f.content);
const bytes = (s: string) => new TextEncoder().encode(s);
const input = (files: NamedFile[], more: Partial<ImportInput> = {}): ImportInput => ({ files, importedBy: 'tester', ...more });

/** A census with one Child fewer: the same council and year, other bytes (a corrected resubmission). */
function withoutFirstChild(census: NamedFile): NamedFile {
  return { name: census.name, content: bytes(text(census).replace(/<Child>[\s\S]*?<\/Child>\s*/, '')) };
}

/** The same store, whose transactions fail at the first statement `fails` picks. */
function failingAt(db: Database, fails: (sql: string) => boolean): Database {
  return spyOnTransactions(db, {
    before: (sql) => {
      if (fails(sql)) throw new Error('injected failure');
    },
  });
}

async function count(db: Queryable, sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await db.query<{ n: number }>(`select count(*)::int as n from (${sql}) x`, params);
  return row!.n;
}

for (const engine of engines) {
  describe(`importing returns on ${engine.name}`, { skip: engine.skip }, () => {
    let db: Database;
    beforeEach(async () => {
      db = await engine.open();
      await migrate(db);
    });
    afterEach(() => db.close());

    it('stores a census and a 903 return with their provenance, children, findings and problems', async () => {
      const cin = await council.cin(2024);
      const stages = new Set<string>();
      const r = await importReturn(db, input(cin), (stage) => void stages.add(stage));
      assert.equal(r.status, 'imported', r.message);
      assert.equal(r.la, '806');
      assert.equal(r.year, '2023/24');
      assert.equal(r.dataset, 'cin');
      const childElements = text(cin[0]!).match(/<Child>/g)!.length;
      assert.equal(r.children, childElements);
      assert.ok(stages.has('reading'));
      assert.equal(await count(db, 'select 1 from return_children where return_id = $1', [r.returnId]), childElements);
      assert.equal(await count(db, 'select 1 from findings where return_id = $1', [r.returnId]), r.errors + r.queries);
      assert.match(r.message, /CIN census 2023\/24 of council 806 stored as return \d+: \d+ children/);

      // The 903 files do not name the council: the store holds one, so it is that one.
      const ssda903 = await council.ssda903(2024);
      const s = await importReturn(db, input(ssda903));
      assert.equal(s.status, 'imported', s.message);
      assert.equal(s.la, '806');
      assert.equal(s.year, '2023/24');
      const episodes = text(ssda903.find((f) => f.name.endsWith('/episodes.csv'))!);
      const lookedAfter = new Set(episodes.trim().split('\n').slice(1).map((l) => l.split(',')[0]));
      assert.ok(s.children >= lookedAfter.size && lookedAfter.size > 0);

      const [first, second] = await listReturns(db, '806');
      assert.equal(first!.id, r.returnId);
      assert.deepEqual(first!.fileNames, ['2024/cin-census-806-2024.xml']);
      assert.equal(first!.sha256, returnHash(cin));
      assert.equal(first!.importedBy, 'tester');
      assert.equal(first!.supersededBy, null);
      assert.equal(first!.counts.errors, r.errors);
      assert.ok(Date.now() - Date.parse(first!.importedAt) < 600_000);
      assert.equal(second!.dataset, 'ssda903');
      assert.deepEqual(second!.absentTables, []);
      const detail = await loadReturn(db, s.returnId!);
      assert.equal(detail!.tableFiles!.episodes, '2024/ssda903/episodes.csv');
      assert.equal(detail!.tableFiles!.header, '2024/ssda903/header.csv');
      assert.ok(detail!.outcomes.length > 100);
      assert.equal((await loadReturn(db, r.returnId!))!.header!.LEA, '806');
      assert.equal(await count(db, "select 1 from audit_log where action = 'import-return'"), 2);
    });

    it('changes nothing when the same files come again, even renamed', async () => {
      const first = await importReturn(db, input(await council.cin(2024)));
      const before = await storeState(db);
      const again = await importReturn(db, input(await council.cin(2024)));
      assert.equal(again.status, 'unchanged');
      assert.equal(again.returnId, first.returnId);
      assert.match(again.message, /already stored as return \d+ \(CIN census 2023\/24 of council 806, imported .* by tester\): nothing changed/);
      const renamed = await importReturn(db, input((await council.cin(2024)).map((f) => ({ ...f, name: 'renamed.xml' }))));
      assert.equal(renamed.status, 'unchanged');
      assert.deepEqual(await storeState(db), before);
    });

    it('supersedes the current return of the same year with a newer one, keeping the old', async () => {
      const cin = await council.cin(2024);
      const old = await importReturn(db, input(cin));
      const corrected = await importReturn(db, input([withoutFirstChild(cin[0]!)], { importedBy: 'second analyst' }));
      assert.equal(corrected.status, 'imported', corrected.message);
      assert.equal(corrected.supersedes, old.returnId);
      assert.equal(corrected.children, old.children - 1);
      assert.match(corrected.message, new RegExp(`replaces return ${old.returnId} \\(CIN census 2023/24 of council 806, imported .* by tester\\), which is kept`));
      const returns = await listReturns(db, '806');
      assert.deepEqual(returns.map((r) => [r.id, r.supersededBy]), [[corrected.returnId, null], [old.returnId, corrected.returnId]]);
      // The old snapshot is whole.
      assert.equal(await count(db, 'select 1 from return_children where return_id = $1', [old.returnId]), old.children);
      // Its files again are still the same files: nothing changes, the correction stays current.
      assert.equal((await importReturn(db, input(cin))).status, 'unchanged');
      assert.equal((await listReturns(db, '806'))[0]!.supersededBy, null);
    });

    it('stores all or nothing: a failure part-way leaves the store exactly as it was', async () => {
      const cin = await council.cin(2024);
      const old = await importReturn(db, input(cin));
      const before = await storeState(db);
      // Fails after the return row, its children and the previous return's lookup are written: at the findings.
      await assert.rejects(importReturn(failingAt(db, (sql) => sql.startsWith('insert into findings') || sql.startsWith('update returns set superseded_by')), input([withoutFirstChild(cin[0]!)])), /injected failure/);
      assert.deepEqual(await storeState(db), before);
      let batches = 0;
      await assert.rejects(importReturn(failingAt(db, (sql) => sql.startsWith('insert into return_children') && ++batches === 1), input(await council.ssda903(2024), { la: '806' })), /injected failure/);
      assert.deepEqual(await storeState(db), before);
      assert.equal((await listReturns(db, '806'))[0]!.id, old.returnId);
      // And the same files then import cleanly.
      assert.equal((await importReturn(db, input([withoutFirstChild(cin[0]!)]))).status, 'imported');
    });

    it('refuses a census from another council, storing nothing', async () => {
      const before = await storeState(db);
      const r = await importReturn(db, input(await council.cin(2024), { la: '807' }));
      assert.equal(r.status, 'rejected');
      assert.equal(r.message, 'the census is from council 806 (its Header LEA), not council 807: check the file is this council\'s, or import it for council 806.');
      assert.deepEqual(await storeState(db), before);
      assert.equal((await importReturn(db, input(await council.cin(2024), { la: 'Leeds' }))).status, 'rejected');
    });

    it('refuses a 903 return without its header or episodes table, and records other missing tables', async () => {
      await importReturn(db, input(await council.cin(2024)));
      const before = await storeState(db);
      const files = await council.ssda903(2024);
      const noHeader = await importReturn(db, input(files.filter((f) => !f.name.endsWith('/header.csv'))));
      assert.equal(noHeader.status, 'rejected');
      assert.match(noHeader.message, /has no header table \(header\.csv\)/);
      const neither = await importReturn(db, input(files.filter((f) => !/\/(header|episodes)\.csv$/.test(f.name))));
      assert.match(neither.message, /no header table \(header\.csv\) and no episodes table \(episodes\.csv\)/);
      assert.deepEqual(await storeState(db), before);
      const noMissing = await importReturn(db, input(files.filter((f) => !f.name.endsWith('/missing.csv'))));
      assert.equal(noMissing.status, 'imported', noMissing.message);
      assert.deepEqual((await listReturns(db, '806')).find((r) => r.id === noMissing.returnId)!.absentTables, ['missing']);
    });

    it('refuses a 903 return whose year cannot be found, saying how to give it; takes it when given', async () => {
      const files = (await council.ssda903(2024)).map((f) => ({ ...f, name: f.name.replace(/^.*\//, '') }));
      const r = await importReturn(db, input(files, { la: '806' }));
      assert.equal(r.status, 'rejected');
      assert.match(r.message, /the return year is not known.*give the year \(e\.g\. 2025\/26\)/);
      assert.equal(await count(db, 'select 1 from returns'), 0);
      const given = await importReturn(db, input(files, { la: '806', year: '2023/24' }));
      assert.equal(given.status, 'imported', given.message);
      assert.equal(given.year, '2023/24');
    });

    it('refuses files that are not a return, saying what they are', async () => {
      const cases: [NamedFile[], RegExp][] = [
        [[{ name: 'book.xlsx', content: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]) }], /an Annex A workbook does not say which council/],
        [[{ name: 'notes.txt', content: bytes('Dear colleague,\nplease find attached') }], /notes\.txt is neither a CIN census \(XML\) nor an SSDA903 table/],
        [[{ name: 'other.xml', content: bytes('<?xml version="1.0"?><Report><Row/></Report>') }], /other\.xml is XML whose root element is Report/],
        [[...(await council.cin(2024)), ...(await council.ssda903(2024))], /a CIN census is one XML file, imported on its own/],
        [[{ name: 'cut.xml', content: bytes('<Message><Header><CollectionDetails><Year>2024</Year>') }], /could not be read as a CIN census/],
        [[], /no files were given/],
      ];
      for (const [files, message] of cases) {
        const r = await importReturn(db, input(files));
        assert.equal(r.status, 'rejected', files.map((f) => f.name).join());
        assert.match(r.message, message);
      }
      const wrongKind = await importReturn(db, input(await council.cin(2024), { dataset: 'ssda903' }));
      assert.equal(wrongKind.message, 'the files are a CIN census, not an SSDA903 return.');
      assert.deepEqual(await storeState(db), { councils: [], returns: [], return_children: [], findings: [], read_problems: [], audit_log: [] });
    });

    it('needs the council for 903 files unless the store holds exactly one', async () => {
      const files = await council.ssda903(2024);
      assert.match((await importReturn(db, input(files))).message, /SSDA903 files do not say which council they are from: give the council's three-digit DfE code/);
      await importReturn(db, input(await council.cin(2024)));
      await importReturn(db, input([{ name: 'other.xml', content: bytes(text((await council.cin(2025))[0]!).replace('<LEA>806</LEA>', '<LEA>807</LEA>')) }]));
      assert.match((await importReturn(db, input(files))).message, /and the store holds several/);
      assert.equal((await importReturn(db, input(files, { la: '807' }))).la, '807');
    });

    it("checks a return against last year's stored return", async () => {
      const alone = await importReturn(db, input(await council.ssda903(2025), { la: '806' }));
      const skippedAlone = (await loadReturn(db, alone.returnId!))!.counts.skipped;
      const other = await engine.open();
      try {
        await migrate(other);
        await importReturn(other, input(await council.ssda903(2024), { la: '806' }));
        const checked = await importReturn(other, input(await council.ssda903(2025), { la: '806' }));
        const detail = (await loadReturn(other, checked.returnId!))!;
        assert.ok(detail.counts.skipped < skippedAlone, `${detail.counts.skipped} rules skipped with last year's return, ${skippedAlone} without`);
        assert.ok(detail.outcomes.every((o) => o.status !== 'skipped' || !/previous year/.test(o.reason)));
      } finally {
        await other.close();
      }
    });

    it('keeps each Child of a census that repeats a child id', async () => {
      const census = text((await council.cin(2024))[0]!);
      const first = /<Child>[\s\S]*?<\/Child>\s*/.exec(census)![0];
      const id = /<LAchildID>(.*)<\/LAchildID>/.exec(first)![1]!;
      const r = await importReturn(db, input([{ name: 'twice.xml', content: bytes(census.replace(first, first + first)) }]));
      assert.equal(r.status, 'imported', r.message);
      const rows = await db.query<{ seq: number }>('select seq from return_children where return_id = $1 and child_id = $2 order by seq', [r.returnId, id]);
      assert.deepEqual(rows.map((x) => x.seq), [0, 1]);
    });
  });
}
