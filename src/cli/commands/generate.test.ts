import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCin } from '../../core/formats/cin/index.ts';
import { read903 } from '../../core/formats/ssda903/index.ts';
import { collectionYear } from '../../core/model/collection-year.ts';
import { generate, generateCommand } from './generate.ts';
import { readTextFiles } from '../files.ts';
import { cinSchemaErrors, xmllintSkip } from '../../testing/xmllint.ts';

describe('sightline generate', () => {
  let out: string;
  const options = { children: 600, firstYear: 2023, lastYear: 2025, seed: 3, la: '926', faults: 0 };
  let summary: string[];

  before(async () => {
    out = await mkdtemp(join(tmpdir(), 'sightline-generate-'));
    summary = await generate(options, join(out, 'a'));
  });
  after(async () => {
    await rm(out, { recursive: true, force: true });
  });

  it('writes a folder per year with the CIN census and the year\'s 903 tables', async () => {
    for (const year of [2023, 2024, 2025]) {
      const files = await readdir(join(out, 'a', String(year)));
      assert.deepEqual(files.sort(), [`cin-census-926-${year}.xml`, 'ssda903']);
      const tables = (await readdir(join(out, 'a', String(year), 'ssda903'))).sort();
      const expected = ['ad1.csv', 'episodes.csv', 'header.csv', 'missing.csv', 'oc2.csv', 'oc3.csv', 'placed_for_adoption.csv', 'previous_permanence.csv', 'reviews.csv', 'uasc.csv'];
      assert.deepEqual(tables, (year >= 2024 ? [...expected, 'sw_episodes.csv'] : expected).sort());
    }
    assert.equal(summary.length, 3);
    assert.match(summary[2]!, /^2024\/25: CIN census \d+ children/);
  });

  it('writes files the readers take without a problem, with the children the summary counts', async () => {
    for (const [i, year] of [2023, 2024, 2025].entries()) {
      const folder = join(out, 'a', String(year));
      let children = 0;
      const cin = await readCin(createReadStream(join(folder, `cin-census-926-${year}.xml`)), { onChild: () => void children++ });
      assert.deepEqual(cin.problems, []);
      assert.equal(cin.year, collectionYear(year));
      const counted = Number(/CIN census (\d+) children/.exec(summary[i]!)![1]);
      assert.equal(children, counted);
      assert.ok(children > 100);
      const names = (await readdir(join(folder, 'ssda903'))).map((n) => join(folder, 'ssda903', n));
      const ret = read903(await readTextFiles(names), { year: collectionYear(year), la: '926' });
      assert.deepEqual(ret.problems, []);
      const lookedAfter = new Set(ret.return!.tables.episodes.map((e) => e.CHILD)).size;
      assert.equal(lookedAfter, Number(/SSDA903 (\d+) children/.exec(summary[i]!)![1]));
      assert.ok(lookedAfter > 10);
    }
  });

  it('writes censuses that pass the DfE schema of their year', { skip: xmllintSkip }, () => {
    for (const year of [2023, 2024, 2025]) {
      assert.equal(cinSchemaErrors(join(out, 'a', String(year), `cin-census-926-${year}.xml`), year), '', `census ${year}`);
    }
  });

  it('writes the same bytes for the same seed', async () => {
    await generate(options, join(out, 'b'));
    for (const file of ['2024/cin-census-926-2024.xml', '2024/ssda903/episodes.csv', '2025/ssda903/sw_episodes.csv']) {
      assert.equal(await readFile(join(out, 'b', file), 'utf8'), await readFile(join(out, 'a', file), 'utf8'), file);
    }
  });

  it('parses its options and refuses bad ones', async () => {
    await generateCommand().parseAsync(['--children', '20', '--years', '2025', '--seed', '9', '--la', '340', '--out', join(out, 'c')], { from: 'user' });
    assert.deepEqual(await readdir(join(out, 'c')), ['2025']);
    for (const bad of [['--years', '2016-2020'], ['--years', '2025-2021'], ['--la', '80'], ['--faults', '2'], ['--children', 'many']]) {
      const command = generateCommand().exitOverride().configureOutput({ writeErr: () => {} });
      await assert.rejects(command.parseAsync(['--children', '5', '--out', join(out, 'd'), ...bad], { from: 'user' }), { code: 'commander.invalidArgument' }, bad.join(' '));
    }
  });
});
