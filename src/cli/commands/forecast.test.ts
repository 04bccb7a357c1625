import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
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
});
