import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openStore } from '../../store/open-store.ts';
import { listReturns } from '../../store/returns.ts';
import { testCouncil, type TestCouncil } from '../../store/test-council.ts';

const bin = new URL('../../../bin/sightline.js', import.meta.url).pathname;

function sightline(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '' } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('sightline import', () => {
  let council: TestCouncil;
  let data: string;
  before(async () => {
    council = await testCouncil({ children: 200, firstYear: 2024, lastYear: 2025, seed: 4 });
    data = `${council.dir}-store`;
  });
  after(async () => {
    await council.remove();
    await rm(data, { recursive: true, force: true });
  });

  it('imports every return under a folder, oldest year first, census before 903, one line each', () => {
    const run = sightline('import', council.dir, '--data', data, '--as', 'analyst');
    assert.equal(run.status, 0, run.stderr);
    const lines = run.stdout.trim().split('\n');
    assert.equal(lines.length, 4);
    assert.match(lines[0]!, /^imported {2}.*2024\/cin-census-806-2024\.xml: CIN census 2023\/24 of council 806 stored as return 1: \d+ children/);
    assert.match(lines[1]!, /^imported {2}.*2024\/ssda903: SSDA903 return 2023\/24 of council 806 stored as return 2/);
    assert.match(lines[2]!, /^imported {2}.*2025\/cin-census-806-2025\.xml: CIN census 2024\/25/);
    assert.match(lines[3]!, /^imported {2}.*2025\/ssda903: SSDA903 return 2024\/25/);
  });

  it('changes nothing the second time, and refuses what is not a return with exit status 1', async () => {
    const note = join(council.dir, 'note.txt');
    await writeFile(note, 'not a return');
    const run = sightline('import', join(council.dir, '2025'), note, '--data', data);
    assert.equal(run.status, 1);
    const lines = run.stdout.trim().split('\n');
    assert.match(lines[0]!, /^rejected {2}.*note\.txt: .*note\.txt is neither a CIN census \(XML\) nor an SSDA903 table/);
    assert.match(lines[1]!, /^unchanged .*cin-census-806-2025\.xml: these files are already stored as return 3 .* by analyst\): nothing changed/);
    assert.match(lines[2]!, /^unchanged .*2025\/ssda903: /);
    const db = await openStore({ dataDir: data });
    try {
      const returns = await listReturns(db, '806');
      assert.equal(returns.length, 4);
      assert.ok(returns.every((r) => r.importedBy === 'analyst' && r.supersededBy === null));
    } finally {
      await db.close();
    }
  });

  it('will not apply one --year to several returns', () => {
    const run = sightline('import', council.dir, '--data', data, '--year', '2024/25');
    assert.equal(run.status, 1);
    assert.match(run.stderr, /--year names the year of one return, but 4 were found/);
  });
});
