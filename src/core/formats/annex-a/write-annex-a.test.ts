import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { read, utils } from '@e965/xlsx';
import { produceAnnexA } from './produce-annex-a.ts';
import { readAnnexA } from './read-annex-a.ts';
import { syntheticChronologies } from './synthetic-chronologies.ts';
import { annexALists } from './template.ts';
import { COVER_SHEET, writeAnnexA } from './write-annex-a.ts';

const chronologies = syntheticChronologies({ children: 300, firstYear: 2024, lastYear: 2026, seed: 3, la: '806' });
const book = produceAnnexA(chronologies, '2026-01-31');
const bytes = writeAnnexA(book);

/** LibreOffice's command, or null where it is not installed. */
function soffice(): string | null {
  for (const command of ['soffice', 'libreoffice']) if (spawnSync(command, ['--version'], { stdio: 'ignore' }).status === 0) return command;
  return null;
}

describe('writing Annex A', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'sightline-annex-a-'));
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it("has a cover sheet, then Ofsted's sheets with exactly the template's headings", () => {
    const wb = read(bytes, { type: 'array' });
    assert.deepEqual(wb.SheetNames, [COVER_SHEET, ...annexALists.map((l) => l.sheet)]);
    for (const list of annexALists) {
      const [headings] = utils.sheet_to_json<string[]>(wb.Sheets[list.sheet]!, { header: 1 });
      assert.deepEqual(headings, list.columns.map((c) => c.heading));
    }
    const cover = utils.sheet_to_json<string[]>(wb.Sheets[COVER_SHEET]!, { header: 1 });
    assert.deepEqual(cover[1], ['Snapshot (inspection) date', '2026-01-31']);
    // Every empty column is named with its reason.
    assert.equal(cover.length - 5, book.unfilled.length);
    assert.ok(cover.some((r) => r[0] === 'List 11' && /adopters/.test(String(r[2]))));
  });

  it('reads back as the same data: produce → read is the identity', () => {
    const back = readAnnexA(bytes, 'annex-a.xlsx');
    assert.equal(back.at, '2026-01-31');
    assert.equal(back.problems.filter((p) => p.severity === 'error').length, 0);
    assert.ok(Object.values(book.lists).flat().length > 100);
    for (const list of annexALists) {
      assert.deepEqual(back.lists[list.list]!.map((r) => r.values), book.lists[list.list]!.map((r) => r.values), list.sheet);
    }
    // Nothing the writer put down is unknown to the reader.
    assert.deepEqual(back.problems.filter((p) => p.kind === 'bad-code' || p.kind === 'bad-date' || p.kind === 'bad-number'), []);
  });

  it('opens in LibreOffice, which keeps every sheet and heading', { skip: !soffice() && !process.env.CI ? 'LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui' : false }, () => {
    const command = soffice();
    assert.ok(command, 'CI must have LibreOffice installed (libreoffice-calc-nogui)');
    const input = join(tmp, 'annex-a.xlsx');
    writeFileSync(input, bytes);
    const out = join(tmp, 'out');
    const run = spawnSync(command, ['--headless', `-env:UserInstallation=file://${join(tmp, 'profile')}`, '--convert-to', 'ods', '--outdir', out, input], { encoding: 'utf8', timeout: 120_000 });
    assert.equal(run.status, 0, run.stderr);
    const wb = read(readFileSync(join(out, 'annex-a.ods')), { type: 'buffer' });
    assert.deepEqual(wb.SheetNames, [COVER_SHEET, ...annexALists.map((l) => l.sheet)]);
    for (const list of annexALists) {
      const rows = utils.sheet_to_json<unknown[]>(wb.Sheets[list.sheet]!, { header: 1, raw: true });
      assert.deepEqual(rows[0], list.columns.map((c) => c.heading), list.sheet);
      assert.equal(rows.length - 1, book.lists[list.list]!.length, list.sheet);
    }
  });
});
