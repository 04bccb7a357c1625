import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { allocateByHash } from '../access/allocations.ts';
import { createUser } from '../access/accounts.ts';
import { generatePassword } from '../access/passwords.ts';
import type { Role } from '../access/permissions.ts';
import { collectionYear } from '../core/model/collection-year.ts';
import type { CouncilOptions } from '../core/synthetic/council.ts';
import type { Database } from '../store/database.ts';
import { importReturn, type ImportResult } from '../store/import-return.ts';
import { generate } from './commands/generate.ts';

/** The synthetic demo council `npm start` loads on first run (never real data). */
export const DEMO = { children: 5000, firstYear: 2022, lastYear: 2026, seed: 806, la: '806' } as const;

/**
 * A synthetic council, generated and loaded into a store: what `sightline start` shows on first run,
 * and what the API tests, browser tests and benchmark run against. Never real data.
 */
export const DEMO_TEAMS = ['Team A', 'Team B', 'Team C', 'Team D'] as const;

type OnReturn = (result: ImportResult, done: number, total: number) => void;

/** Generates the council's returns into `dir` and loads them (importCouncil). */
export async function loadCouncil(db: Database, options: CouncilOptions, dir: string, onReturn?: OnReturn): Promise<ImportResult[]> {
  await generate(options, dir);
  return importCouncil(db, options, dir, onReturn);
}

/**
 * Imports the returns `sightline generate` wrote into `dir` (one folder per year: a CIN census and an
 * ssda903 folder of CSV tables), oldest first, then allocates the children to the demo teams.
 */
export async function importCouncil(db: Database, options: Pick<CouncilOptions, 'firstYear' | 'lastYear' | 'la'>, dir: string, onReturn: OnReturn = () => undefined): Promise<ImportResult[]> {
  const results: ImportResult[] = [];
  const total = 2 * (options.lastYear - options.firstYear + 1);
  for (let year = options.firstYear; year <= options.lastYear; year++) {
    const folder = join(dir, String(year));
    const cin = (await readdir(folder)).filter((f) => f.endsWith('.xml'));
    const tables = (await readdir(join(folder, 'ssda903'))).filter((f) => f.endsWith('.csv'));
    const returns = [cin.map((f) => join(folder, f)), tables.map((f) => join(folder, 'ssda903', f))];
    for (const paths of returns) {
      const files = await Promise.all(paths.map(async (p) => ({ name: p.slice(dir.length + 1), content: new Uint8Array(await readFile(p)) })));
      const result = await importReturn(db, { la: options.la, year: collectionYear(year), files, importedBy: 'sightline start' });
      if (result.status === 'rejected') throw new Error(`the demo council's ${paths[0]} was refused: ${result.message}`);
      results.push(result);
      onReturn(result, results.length, total);
    }
  }
  await allocateByHash(db, options.la, DEMO_TEAMS);
  return results;
}

export interface DemoAccount {
  readonly username: string;
  readonly role: Role;
  readonly team: string | null;
  readonly expiresAt: string | null;
  readonly password: string;
}

/** One account per role, each with a freshly generated password (shown once, stored only hashed). */
export async function createDemoAccounts(db: Database, la: string, now = new Date()): Promise<DemoAccount[]> {
  const inspectorUntil = new Date(now.getTime() + 30 * 86_400_000).toISOString();
  const plan: Omit<DemoAccount, 'password'>[] = [
    { username: 'admin', role: 'administrator', team: null, expiresAt: null },
    { username: 'analyst', role: 'performance-analyst', team: null, expiresAt: null },
    { username: 'manager', role: 'manager', team: null, expiresAt: null },
    { username: 'social.worker', role: 'social-worker', team: DEMO_TEAMS[0], expiresAt: null },
    { username: 'inspector', role: 'inspector', team: null, expiresAt: inspectorUntil },
    { username: 'councillor', role: 'elected-member', team: null, expiresAt: null },
  ];
  const accounts: DemoAccount[] = [];
  for (const account of plan) {
    const password = generatePassword();
    await createUser(db, { ...account, la, password });
    accounts.push({ ...account, password });
  }
  return accounts;
}
