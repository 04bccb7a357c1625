import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { importReturn } from './import-return.ts';
import { openStore } from './open-store.ts';
import { testCouncil, type TestCouncil } from './test-council.ts';
import { engines, freshSchema, storeState } from './testing.ts';

/**
 * A process killed in the middle of an import leaves the store exactly as it was: a real process, a
 * real SIGKILL, on a PGlite data folder and on a PostgreSQL server. The census is large enough that the
 * import is still writing children when the kill arrives.
 */
const fixture = join(import.meta.dirname, 'fixtures', 'import-until-killed.ts');

let council: TestCouncil;
let dataRoot: string;
before(async () => {
  council = await testCouncil({ children: 8000, firstYear: 2024, lastYear: 2025, seed: 2 });
  dataRoot = await mkdtemp(join(tmpdir(), 'sightline-kill-'));
});
after(async () => {
  await council.remove();
  await rm(dataRoot, { recursive: true, force: true });
});

/** Runs the fixture until it says it is storing, then kills it; resolves with what it printed and how it ended. */
function importAndKill(target: string, files: readonly string[]): Promise<{ stdout: string; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [fixture, target, ...files], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      stdout += text;
      if (stdout.includes('storing\n')) child.kill('SIGKILL');
    });
    child.stderr.setEncoding('utf8').on('data', (text: string) => void (stderr += text));
    child.on('error', reject);
    child.on('exit', (_code, signal) => (signal === null && !stdout.includes('storing') ? reject(new Error(`the importing process ended by itself:\n${stderr}`)) : resolve({ stdout, signal })));
  });
}

const targets = [
  { name: 'a PGlite data folder', skip: false, make: async () => ({ store: { dataDir: join(dataRoot, 'pglite') }, target: join(dataRoot, 'pglite'), drop: async () => {} }) },
  {
    name: 'PostgreSQL',
    skip: engines.find((e) => e.name === 'PostgreSQL')!.skip,
    make: async () => {
      const schema = await freshSchema(process.env.TEST_DATABASE_URL!);
      return { store: { url: schema.url }, target: schema.url, drop: schema.drop };
    },
  },
];

for (const t of targets) {
  describe(`an import killed part-way on ${t.name}`, { skip: t.skip }, () => {
    it('leaves the store as it was, and the return can then be imported whole', { timeout: 180_000 }, async () => {
      const { store, target, drop } = await t.make();
      try {
        let db = await openStore(store);
        const earlier = await importReturn(db, { files: await council.cin(2024), importedBy: 'before' });
        assert.equal(earlier.status, 'imported', earlier.message);
        const before = await storeState(db);
        await db.close();

        const census = join(council.dir, '2025', 'cin-census-806-2025.xml');
        const killed = await importAndKill(target, [census]);
        assert.equal(killed.signal, 'SIGKILL');
        assert.doesNotMatch(killed.stdout, /done/);

        db = await openStore(store);
        try {
          assert.deepEqual(await storeState(db), before);
          const whole = await importReturn(db, { files: await council.cin(2025), importedBy: 'after' });
          assert.equal(whole.status, 'imported', whole.message);
          assert.ok(whole.children > 1000, `${whole.children} children: more than two batches, so the kill came part-way`);
          const [row] = await db.query<{ n: number }>('select count(*)::int as n from return_children where return_id = $1', [whole.returnId]);
          assert.equal(row!.n, whole.children);
        } finally {
          await db.close();
        }
      } finally {
        await drop();
      }
    });
  });
}
