// Imports a synthetic council (10,000 children, five years of CIN censuses and SSDA903 returns) into a
// fresh PGlite data folder and, when a URL is given, into a fresh schema on that PostgreSQL server, as
// `sightline import` does: oldest year first, each census before its year's 903. Reports seconds per engine.
// Usage: node bench/tasks/import.ts [COUNCIL_DIR] [--url postgres://…]
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../../src/store/database.ts';
import { importReturn } from '../../src/store/import-return.ts';
import { openStore, type StoreOptions } from '../../src/store/open-store.ts';
import { freshSchema } from '../../src/store/testing.ts';
import { council } from '../data.ts';
import { report } from '../measure.ts';

const args = process.argv.slice(2);
const urlAt = args.indexOf('--url');
const url = urlAt >= 0 ? args[urlAt + 1] : undefined;
const dir = args.find((a, i) => !a.startsWith('--') && (urlAt < 0 || i !== urlAt + 1)) ?? council(10_000, '2022-2026').dir;

/** Every return of the council, in import order, read into memory first so that only the import is timed. */
async function returns(): Promise<{ name: string; content: Uint8Array }[][]> {
  const list: { name: string; content: Uint8Array }[][] = [];
  const read = async (path: string) => ({ name: path, content: new Uint8Array(await readFile(path)) });
  for (const year of (await readdir(dir)).filter((y) => /^\d{4}$/.test(y)).sort()) {
    const folder = join(dir, year);
    for (const xml of (await readdir(folder)).filter((f) => f.endsWith('.xml'))) list.push([await read(join(folder, xml))]);
    list.push(await Promise.all((await readdir(join(folder, 'ssda903'))).sort().map((f) => read(join(folder, 'ssda903', f)))));
  }
  return list;
}

async function importAll(options: StoreOptions, all: { name: string; content: Uint8Array }[][]): Promise<{ seconds: number; children: number }> {
  const db: Database = await openStore(options);
  try {
    let children = 0;
    const start = performance.now();
    for (const files of all) {
      const r = await importReturn(db, { files, importedBy: 'bench' });
      if (r.status !== 'imported') throw new Error(`${files[0]!.name}: ${r.status}: ${r.message}`);
      children += r.children;
    }
    return { seconds: (performance.now() - start) / 1000, children };
  } finally {
    await db.close();
  }
}

const all = await returns();
const dataDir = await mkdtemp(join(tmpdir(), 'sightline-bench-import-'));
let pglite: { seconds: number; children: number };
try {
  pglite = await importAll({ dataDir }, all);
} finally {
  await rm(dataDir, { recursive: true, force: true });
}
let postgresS: number | string = 'n/a';
if (url) {
  const schema = await freshSchema(url);
  try {
    postgresS = Number((await importAll({ url: schema.url }, all)).seconds.toFixed(2));
  } finally {
    await schema.drop();
  }
}
report(pglite.seconds * 1000, { returns: all.length, children: pglite.children, pgliteS: Number(pglite.seconds.toFixed(2)), postgresS });
