import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { read } from '@e965/xlsx';
import { collectionYear } from '../../core/model/collection-year.ts';
import { createScenario } from '../../store/forecast-scenarios.ts';
import { importReturn } from '../../store/import-return.ts';
import { openStore } from '../../store/open-store.ts';
import { reference } from '../../testing/shared-reference.ts';
import { forecastCommand, readDemandData } from './forecast.ts';

const medium = reference('synthetic', 'medium-la-903');

async function run(args: string[]): Promise<number> {
  process.exitCode = 0;
  await forecastCommand().exitOverride().parseAsync(args, { from: 'user' });
  const code = Number(process.exitCode ?? 0);
  process.exitCode = 0;
  return code;
}

describe('sightline forecast', () => {
  let dir = '';
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sightline-forecast-'));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('reads per-year 903 folders and stacked regional CSVs alike', async () => {
    const perYear = await readDemandData(join(medium, 'per-year'));
    const stacked = await readDemandData(join(medium, 'regional-format'));
    assert.equal(perYear.episodes.length, stacked.episodes.length);
    assert.deepEqual(perYear.episodes.find((e) => e.DEC !== null), stacked.episodes.find((e) => e.DEC !== null));
  });

  it('writes the forecast as JSON with local costs from a CSV', async () => {
    const costs = join(dir, 'costs.csv');
    await writeFile(costs, 'item,weekly\nResidential (External),5200\n');
    const out = join(dir, 'forecast.json');
    assert.equal(await run(['--from', join(medium, 'regional-format'), '--reference', '2022-04-01..2024-03-31', '--months', '12', '--costs', costs, '--format', 'json', '--out', out]), 0);
    const result = JSON.parse(await readFile(out, 'utf8')) as { end: string; scenario: { costs: { items: { item: string; weekly: number; placeholder: boolean }[] }; quarterly: { groups: { Total: { mean: number } } }[] } };
    assert.equal(result.end, '2025-03-31');
    const external = result.scenario.costs.items.find((i) => i.item === 'Residential (External)')!;
    assert.deepEqual([external.weekly, external.placeholder], [5200, false]);
    assert.ok(Math.abs(result.scenario.quarterly.at(-1)!.groups.Total.mean - 513.1) < 0.05);
  });

  it('refuses a horizon over four years with exit status 2', async () => {
    assert.equal(await run(['--from', join(medium, 'regional-format'), '--months', '49', '--out', join(dir, 'x.txt')]), 2);
  });

  it('writes an xlsx workbook, and refuses xlsx without --out', async () => {
    const out = join(dir, 'forecast.xlsx');
    assert.equal(await run(['--from', join(medium, 'regional-format'), '--reference', '2022-04-01..2024-03-31', '--months', '12', '--format', 'xlsx', '--out', out]), 0);
    const book = read(await readFile(out), { type: 'buffer' });
    assert.deepEqual(book.SheetNames, ['About', 'Children', 'Cost by quarter', 'Weekly costs']);
    assert.equal(await run(['--from', join(medium, 'regional-format'), '--format', 'xlsx']), 2);
  });

  describe('from the store', () => {
    let store = '';
    before(async () => {
      store = join(dir, 'store');
      const db = await openStore({ dataDir: store });
      try {
        for (const year of [2023, 2024]) {
          const folder = join(medium, 'per-year', String(year));
          const files = await Promise.all((await readdir(folder)).map(async (name) => ({ name, content: new Uint8Array(await readFile(join(folder, name))) })));
          const result = await importReturn(db, { la: '806', year: collectionYear(year), files, importedBy: 'test' });
          assert.equal(result.status, 'imported', result.message);
        }
        await createScenario(db, '806', { name: 'Step down', description: '', settings: { months: 12, moves: [{ from: 'Residential (External)', to: 'Residential (In-house)', share: 0.5, of: 'both' }] } }, 'analyst');
      } finally {
        await db.close();
      }
    });

    it('reads the council\'s current SSDA903 returns from a PGlite data folder, or as "store" with --data', async () => {
      const fromFolder = join(dir, 'store-folder.json');
      const fromStore = join(dir, 'store-named.json');
      assert.equal(await run(['--from', store, '--months', '12', '--format', 'json', '--out', fromFolder]), 0);
      assert.equal(await run(['--from', 'store', '--data', store, '--months', '12', '--format', 'json', '--out', fromStore]), 0);
      const result = JSON.parse(await readFile(fromFolder, 'utf8')) as { dataStart: string; dataEnd: string; end: string };
      assert.deepEqual([result.dataStart, result.dataEnd, result.end], ['2022-04-01', '2024-03-31', '2025-03-31']);
      assert.equal(await readFile(fromStore, 'utf8'), await readFile(fromFolder, 'utf8'));
      assert.equal(await run(['--from', store, '--la', '999', '--out', join(dir, 'none.txt')]), 2);
    });

    it('runs a saved scenario by name, and refuses options the scenario sets', async () => {
      const out = join(dir, 'scenario.txt');
      assert.equal(await run(['--from', store, '--scenario', 'step down', '--out', out]), 0);
      const text = await readFile(out, 'utf8');
      assert.match(text, /^Scenario "Step down": forecast of children looked after from 2024-03-31 to 2025-03-31/);
      assert.match(text, /Residential \(In-house\)/);
      assert.match(text, /without the scenario's changes: £/);
      assert.equal(await run(['--from', store, '--scenario', 'Step down', '--months', '6', '--out', out]), 2);
      assert.equal(await run(['--from', store, '--scenario', 'Nothing like it', '--out', out]), 2);
      assert.equal(await run(['--from', join(medium, 'regional-format'), '--scenario', 'Step down', '--out', out]), 2);
    });
  });
});
