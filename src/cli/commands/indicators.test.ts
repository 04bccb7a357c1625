import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { generate } from './generate.ts';
import { driftCommand } from './drift.ts';
import { indicatorsCommand } from './indicators.ts';
import { readCouncil } from './council-returns.ts';
import { importCouncil } from '../demo-council.ts';
import { openStore } from '../../store/open-store.ts';
import { writeSetting } from '../../store/council-settings.ts';
import { POPULATION_SETTING } from '../../access/population-setting.ts';

describe('sightline indicators and drift on generated returns', () => {
  let dir = '';
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sightline-indicators-'));
    await generate({ children: 300, firstYear: 2024, lastYear: 2026, seed: 5, la: '806' }, dir);
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('reads every year\'s CIN census and SSDA903 folder into one chronology per child', async () => {
    const council = await readCouncil(dir);
    assert.equal(council.la, '806');
    assert.equal(council.latestReferenceDate, '2026-03-31');
    assert.equal(council.files, 6);
    assert.ok(council.children.length > 50 && council.children.length <= 300);
  });

  it('writes indicators as CSV and JSON, and the drift worklist as CSV', async () => {
    const csv = join(dir, 'indicators.csv');
    await indicatorsCommand().parseAsync([dir, '--format', 'csv', '--out', csv, '--population', '3000', '--population-source', 'test'], { from: 'user' });
    const lines = (await readFile(csv, 'utf8')).trim().split('\n');
    assert.match(lines[0]!, /^indicator,title,unit,period/);
    assert.ok(lines.some((l) => l.startsWith('re-referrals,') && l.includes(',2025/26,')));
    assert.ok(lines.some((l) => l.startsWith('contacts-rate,') && l.includes('Annex A list 1')));
    const json = join(dir, 'indicators.json');
    await indicatorsCommand().parseAsync([dir, '--format', 'json', '--out', json, '--at', '2025-09-30'], { from: 'user' });
    const parsed = JSON.parse(await readFile(json, 'utf8')) as { at: string; indicators: { indicator: { id: string }; benchmark: { england: { known: boolean } } }[] };
    assert.equal(parsed.at, '2025-09-30');
    assert.equal(parsed.indicators.length, 28);
    const worklist = join(dir, 'drift.csv');
    await driftCommand().parseAsync([dir, '--format', 'csv', '--out', worklist], { from: 'user' });
    assert.match(await readFile(worklist, 'utf8'), /^severity,rule,child,team,worker,what,since,due,overdue working days,state,id\n/);
  });

  it('reads the store by default: indicators as JSON, and a team\'s drift worklist', async () => {
    const data = join(dir, 'store');
    const db = await openStore({ dataDir: data });
    await importCouncil(db, { firstYear: 2024, lastYear: 2026, la: '806' }, dir);
    await db.close();
    const json = join(dir, 'stored-indicators.json');
    await indicatorsCommand().parseAsync(['--data', data, '--format', 'json', '--out', json], { from: 'user' });
    const fromStore = JSON.parse(await readFile(json, 'utf8')) as { la: string; at: string; indicators: { indicator: { id: string }; headline?: { value: number | null } }[] };
    assert.equal(fromStore.la, '806');
    assert.equal(fromStore.at, '2026-03-31');
    const folderJson = join(dir, 'folder-indicators.json');
    await indicatorsCommand().parseAsync([dir, '--format', 'json', '--out', folderJson], { from: 'user' });
    const fromFolder = JSON.parse(await readFile(folderJson, 'utf8')) as typeof fromStore;
    const value = (r: typeof fromStore, id: string) => r.indicators.find((i) => i.indicator.id === id)?.headline?.value;
    for (const id of ['re-referrals', 'assessments-45-working-days', 'referrals-nfa']) assert.equal(value(fromStore, id), value(fromFolder, id), `${id}: the store and the folder agree`);
    const worklist = join(dir, 'team-a.json');
    await driftCommand().parseAsync(['--data', data, '--team', 'Team A', '--format', 'json', '--out', worklist], { from: 'user' });
    const items = (JSON.parse(await readFile(worklist, 'utf8')) as { items: { team: string; worker: string }[] }).items;
    assert.ok(items.length > 0);
    assert.ok(items.every((i) => i.team === 'Team A'));
    assert.ok(items.some((i) => /^A-SW\d\d$/.test(i.worker)), "the store's allocated workers name those the 903 does not");
  });

  it("divides rates by the 0–17 population the council entered in the store, unless --population is given", async () => {
    const data = join(dir, 'store');
    const db = await openStore({ dataDir: data });
    await writeSetting(db, '806', POPULATION_SETTING, { population: 20_000, source: 'ONS mid-2024', year: 2024 }, 'analyst');
    await db.close();
    const rate = async (...args: string[]) => {
      const out = join(dir, 'rates.json');
      await indicatorsCommand().parseAsync(['--data', data, '--format', 'json', '--out', out, ...args], { from: 'user' });
      const parsed = JSON.parse(await readFile(out, 'utf8')) as { population: { count: number; source: string }; indicators: { indicator: { id: string }; headline?: { value: number | null; numerator: { count: number } } }[] };
      const referrals = parsed.indicators.find((i) => i.indicator.id === 'referrals-rate')!.headline!;
      return { population: parsed.population, value: referrals.value, numerator: referrals.numerator.count };
    };
    const stored = await rate();
    assert.deepEqual(stored.population, { count: 20_000, source: 'ONS mid-2024', year: 2024 });
    assert.equal(stored.value, (10_000 * stored.numerator) / 20_000);
    const given = await rate('--population', '5000', '--population-source', 'a test');
    assert.equal(given.population.count, 5_000);
    assert.equal(given.value, (10_000 * stored.numerator) / 5_000);
  });
});
