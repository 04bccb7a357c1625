import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Database } from './database.ts';
import { createScenario, deleteScenario, listScenarios, loadScenario, scenarioNamed, scenarioVersions, updateScenario, type StoredScenario } from './forecast-scenarios.ts';
import { migrate } from './migrate.ts';
import { engines } from './testing.ts';

const stepDown = { months: 24, moves: [{ from: 'Residential (External)', to: 'Residential (In-house)', share: 0.25, of: 'both' }] };

function stored(s: StoredScenario | { conflict: string } | null): StoredScenario {
  assert.ok(s && !('conflict' in s), `stored: ${JSON.stringify(s)}`);
  return s;
}

for (const engine of engines) {
  describe(`forecast scenarios (${engine.name})`, { skip: engine.skip }, () => {
    let db: Database;
    before(async () => {
      db = await engine.open();
      await migrate(db);
    });
    after(() => db?.close());

    it('keeps a council\'s scenarios with who made and changed them, every version kept', async () => {
      const made = stored(await createScenario(db, '806', { name: ' Step down ', description: 'A quarter of external homes in-house', settings: stepDown }, 'analyst'));
      assert.deepEqual([made.name, made.version, made.createdBy, made.updatedBy], ['Step down', 1, 'analyst', 'analyst']);
      assert.deepEqual(made.settings, stepDown);
      await createScenario(db, '805', { name: 'Step down', description: '', settings: {} }, 'other');
      const changed = stored(await updateScenario(db, '806', made.id, 1, { name: 'Step down 25%', description: '', settings: { ...stepDown, months: 36 } }, 'manager'));
      assert.deepEqual([changed.version, changed.updatedBy, changed.createdBy, changed.createdAt], [2, 'manager', 'analyst', made.createdAt]);
      assert.deepEqual((await listScenarios(db, '806')).map((s) => s.name), ['Step down 25%']);
      assert.equal((await scenarioNamed(db, '806', 'STEP DOWN 25%'))?.id, made.id);
      const versions = await scenarioVersions(db, '806', made.id);
      assert.deepEqual(versions.map((v) => [v.version, v.change, v.name, v.savedBy]), [[1, 'created', 'Step down', 'analyst'], [2, 'changed', 'Step down 25%', 'manager']]);
      assert.deepEqual(versions[0]!.settings, stepDown);
    });

    it('refuses a name another scenario of the council has, whatever its case, and a change to an old version', async () => {
      const a = stored(await createScenario(db, '806', { name: 'Fewer entries', description: '', settings: {} }, 'analyst'));
      assert.deepEqual(await createScenario(db, '806', { name: 'fewer ENTRIES', description: '', settings: {} }, 'analyst'), { conflict: 'name' });
      const b = stored(await createScenario(db, '806', { name: 'Dearer homes', description: '', settings: {} }, 'analyst'));
      assert.deepEqual(await updateScenario(db, '806', b.id, 1, { name: 'Fewer entries', description: '', settings: {} }, 'analyst'), { conflict: 'name' });
      stored(await updateScenario(db, '806', a.id, 1, { name: 'Fewer entries', description: 'now', settings: {} }, 'manager'));
      const stale = await updateScenario(db, '806', a.id, 1, { name: 'Fewer entries', description: 'mine', settings: {} }, 'analyst');
      assert.ok(stale && 'conflict' in stale && stale.conflict === 'version' && stale.current.updatedBy === 'manager');
      assert.equal(await updateScenario(db, '805', a.id, 2, { name: 'x', description: '', settings: {} }, 'other'), null, "another council's scenario is not found");
    });

    it('deletes a scenario seen at its version, keeping its history, and frees its name', async () => {
      const s = stored(await createScenario(db, '806', { name: 'Short lived', description: '', settings: {} }, 'analyst'));
      assert.ok(await deleteScenario(db, '806', s.id, 0, 'manager').then((r) => r !== null && 'conflict' in r));
      stored(await deleteScenario(db, '806', s.id, 1, 'manager'));
      assert.equal(await loadScenario(db, '806', s.id), null);
      assert.equal(await deleteScenario(db, '806', s.id, 2, 'manager'), null);
      assert.deepEqual((await scenarioVersions(db, '806', s.id)).map((v) => [v.change, v.savedBy]), [['created', 'analyst'], ['deleted', 'manager']]);
      stored(await createScenario(db, '806', { name: 'Short lived', description: '', settings: {} }, 'analyst'));
    });

    it('refuses a malformed council code, an empty name or a long description', async () => {
      await assert.rejects(createScenario(db, 'x', { name: 'a', description: '', settings: {} }, 'a'));
      await assert.rejects(createScenario(db, '806', { name: '  ', description: '', settings: {} }, 'a'));
      await assert.rejects(createScenario(db, '806', { name: 'Long', description: 'x'.repeat(501), settings: {} }, 'a'));
    });
  });
}
