import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { readSetting, writeSetting } from './council-settings.ts';
import type { Database } from './database.ts';
import { migrate } from './migrate.ts';
import { engines } from './testing.ts';

for (const engine of engines) {
  describe(`council settings (${engine.name})`, { skip: engine.skip }, () => {
    let db: Database;
    before(async () => {
      db = await engine.open();
      await migrate(db);
    });
    after(() => db?.close());

    it('keeps a value per council and name, replaced by the latest with who set it', async () => {
      assert.equal(await readSetting(db, '806', 'population-0-17'), null);
      await writeSetting(db, '806', 'population-0-17', { population: 33_000, source: 'ONS mid-2024' }, 'analyst');
      await writeSetting(db, '805', 'population-0-17', { population: 20_000, source: 'ONS mid-2024' }, 'other');
      await writeSetting(db, '806', 'population-0-17', { population: 33_500, source: 'ONS mid-2025' }, 'manager');
      const s = await readSetting<{ population: number }>(db, '806', 'population-0-17');
      assert.equal(s?.value.population, 33_500);
      assert.equal(s?.updatedBy, 'manager');
      assert.equal((await readSetting<{ population: number }>(db, '805', 'population-0-17'))?.value.population, 20_000);
    });

    it('refuses a malformed council code or setting name', async () => {
      await assert.rejects(writeSetting(db, 'x', 'population-0-17', 1, 'a'));
      await assert.rejects(writeSetting(db, '806', 'Bad Name', 1, 'a'));
    });
  });
}
