import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { demandDataFromReturns } from '../core/forecast/demand-data.ts';
import { read903 } from '../core/formats/ssda903/index.ts';
import { collectionYear } from '../core/model/collection-year.ts';
import { reference } from '../testing/shared-reference.ts';
import type { Database } from './database.ts';
import { storedDemandData } from './forecast-episodes.ts';
import { importReturn } from './import-return.ts';
import { migrate } from './migrate.ts';
import { engines } from './testing.ts';

const perYear = reference('synthetic', 'medium-la-903', 'per-year');

async function files(year: number): Promise<{ name: string; content: Uint8Array }[]> {
  const dir = join(perYear, String(year));
  return Promise.all((await readdir(dir)).sort().map(async (name) => ({ name, content: new Uint8Array(await readFile(join(dir, name))) })));
}

for (const engine of engines) {
  describe(`the forecast's episodes from the store (${engine.name})`, { skip: engine.skip }, () => {
    let db: Database;
    before(async () => {
      db = await engine.open();
      await migrate(db);
    });
    after(() => db?.close());

    it('reads the current SSDA903 return of every year, each row tagged with its year, as the returns themselves give them', async () => {
      assert.deepEqual(await storedDemandData(db, '806'), { returnIds: [], data: { episodes: [], header: [], uasc: [] } });
      for (const year of [2023, 2024]) {
        const result = await importReturn(db, { la: '806', year: collectionYear(year), files: await files(year), importedBy: 'test' });
        assert.equal(result.status, 'imported', result.message);
      }
      const stored = await storedDemandData(db, '806');
      assert.equal(stored.returnIds.length, 2);
      const read = await Promise.all([2023, 2024].map(async (year) => read903(await files(year), { year: collectionYear(year) }).return!));
      const expected = demandDataFromReturns(read);
      const order = (rows: readonly { CHILD: string; YEAR: number }[]) => [...rows].map((r) => JSON.stringify(r)).sort();
      assert.equal(stored.data.episodes.length, expected.episodes.length);
      assert.deepEqual(order(stored.data.episodes), order(expected.episodes));
      assert.deepEqual(order(stored.data.header), order(expected.header));
      assert.deepEqual(new Set(stored.data.uasc.map((u) => u.CHILD)), new Set(expected.uasc.map((u) => u.CHILD)));
      assert.ok(stored.data.uasc.length > 0, 'the UASC children come too');
    });
  });
}
