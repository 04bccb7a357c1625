import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from '../cli/commands/generate.ts';
import { collectionYear } from '../core/model/collection-year.ts';
import type { CouncilOptions } from '../core/synthetic/council.ts';
import type { Database } from './database.ts';
import { importReturn } from './import-return.ts';
import { migrate } from './migrate.ts';
import type { Engine } from './testing.ts';

/** A file as `importReturn` takes it, named by its path inside the council's folder (`2025/ssda903/episodes.csv`). */
export interface NamedFile {
  name: string;
  content: Uint8Array;
}

/**
 * A small synthetic council written by `sightline generate` into a temp folder, for store tests: its
 * returns by year, as files ready to import. Remove it with `remove()`.
 */
export interface TestCouncil {
  readonly dir: string;
  readonly options: CouncilOptions;
  cin(year: number): Promise<NamedFile[]>;
  ssda903(year: number): Promise<NamedFile[]>;
  remove(): Promise<void>;
}

export async function testCouncil(options: Partial<CouncilOptions> = {}): Promise<TestCouncil> {
  const full: CouncilOptions = { children: 400, firstYear: 2024, lastYear: 2025, seed: 7, la: '806', faults: 0, ...options };
  const dir = await mkdtemp(join(tmpdir(), 'sightline-store-'));
  await generate(full, dir);
  const read = async (folder: string, names: readonly string[]): Promise<NamedFile[]> =>
    Promise.all(names.map(async (n) => ({ name: `${folder}/${n}`, content: new Uint8Array(await readFile(join(dir, folder, n))) })));
  return {
    dir,
    options: full,
    cin: async (year) => read(String(year), [`cin-census-${full.la}-${year}.xml`]),
    ssda903: async (year) => read(`${year}/ssda903`, (await readdir(join(dir, String(year), 'ssda903'))).sort()),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/** A fresh, migrated store on `engine` holding the council's CIN census and SSDA903 of every year it was generated for. */
export async function storeWithCouncil(engine: Engine, council: TestCouncil): Promise<Database> {
  const db = await engine.open();
  await migrate(db);
  for (let year = council.options.firstYear; year <= council.options.lastYear; year++) {
    for (const files of [await council.cin(year), await council.ssda903(year)]) {
      const result = await importReturn(db, { la: council.options.la, year: collectionYear(year), files, importedBy: 'test' });
      if (result.status === 'rejected') throw new Error(`the test council's ${year} return was refused: ${result.message}`);
    }
  }
  return db;
}
