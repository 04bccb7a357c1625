import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { Command } from 'commander';
import { readAnnexA } from '../../core/formats/annex-a/read-annex-a.ts';
import { testCouncil, type TestCouncil } from '../../store/test-council.ts';
import { annexACommand } from './annex-a.ts';
import { importCommand } from './import.ts';

/** Runs `sightline …` in this process (main.ts is the lead's), capturing what it prints and its exit status. */
async function sightline(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = console.log;
  const error = console.error;
  console.log = (...a: unknown[]) => void out.push(a.join(' '));
  console.error = (...a: unknown[]) => void err.push(a.join(' '));
  process.exitCode = 0;
  try {
    const quiet = (c: Command): Command => c.exitOverride().configureOutput({ writeErr: (t) => void err.push(t) });
    const imports = quiet(importCommand());
    for (const sub of imports.commands) quiet(sub);
    await quiet(new Command('sightline')).addCommand(quiet(annexACommand())).addCommand(imports).parseAsync(args, { from: 'user' });
  } finally {
    console.log = log;
    console.error = error;
  }
  const status = Number(process.exitCode ?? 0);
  process.exitCode = 0;
  return { status, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('sightline annex-a and sightline import annex-a', () => {
  let council: TestCouncil;
  let data: string;
  before(async () => {
    council = await testCouncil({ children: 120, firstYear: 2026, lastYear: 2026, seed: 6 });
    data = `${council.dir}-store`;
    delete process.env.DATABASE_URL;
  });
  after(async () => {
    await council.remove();
    await rm(data, { recursive: true, force: true });
  });

  it('produces the workbook from the store, imports it back, and reconciles it with the returns', async () => {
    const loaded = await sightline('import', council.dir, '--data', data, '--la', '806');
    assert.equal(loaded.status, 0, loaded.stdout + loaded.stderr);
    const out = `${council.dir}/annex-a.xlsx`;
    const produced = await sightline('annex-a', '--at', '2026-01-31', '--out', out, '--data', data);
    assert.equal(produced.status, 0, produced.stderr);
    assert.match(produced.stdout, /Annex A for council 806 as of 2026-01-31 written to .*annex-a\.xlsx \(list 1: 0, .*list 8: \d+/);
    const read = readAnnexA(new Uint8Array(readFileSync(out)), out);
    assert.ok(read.lists[8]!.length > 0);

    const imported = await sightline('import', 'annex-a', out, '--data', data);
    assert.equal(imported.status, 0, imported.stdout + imported.stderr);
    assert.match(imported.stdout, /imported .*Ofsted Annex A 2025\/26 of council 806 stored as return 3: \d+ children/);
    assert.match(imported.stdout, /sheet List 8, column "Allocated Worker": \d+ empty cells where Ofsted requires a value/);

    const reconciled = await sightline('annex-a', '--at', '2026-01-31', '--reconcile', '--data', data);
    assert.equal(reconciled.status, 0, reconciled.stderr);
    assert.match(reconciled.stdout, /^0 disagreements between council 806's Annex A for 2026-01-31 and its CIN census \/ SSDA903\.$/m);
    const none = await sightline('annex-a', '--at', '2026-02-28', '--reconcile', '--data', data);
    assert.equal(none.status, 1);
    assert.match(none.stderr, /holds no Annex A of council 806 drawn up for 2026-02-28/);
  });

  it('needs --out or --reconcile, and a real date', async () => {
    assert.equal((await sightline('annex-a', '--at', '2026-01-31', '--data', data)).status, 1);
    await assert.rejects(sightline('annex-a', '--at', 'soon', '--out', 'x.xlsx', '--data', data), /expected a date/);
  });
});
