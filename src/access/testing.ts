import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCouncil } from '../cli/demo-council.ts';
import { openDatabase, type Database } from '../store/database.ts';
import { migrate } from '../store/migrate.ts';
import { createUser, type Actor } from './accounts.ts';
import type { Role } from './permissions.ts';

/**
 * A small synthetic council in an in-memory store, with one account per role (and a second social
 * worker in another team), for the access, API and browser tests. The password is a test constant:
 * these accounts exist only in memory.
 */
export const TEST_PASSWORD = 'not-a-secret-test-password';
export const TEST_LA = '806';

export type TestUser = Role | 'social-worker-b' | 'expired-inspector';

const users: Record<TestUser, { role: Role; team?: string; expiresAt?: string }> = {
  administrator: { role: 'administrator' },
  'performance-analyst': { role: 'performance-analyst' },
  manager: { role: 'manager' },
  'social-worker': { role: 'social-worker', team: 'Team A' },
  'social-worker-b': { role: 'social-worker', team: 'Team B' },
  inspector: { role: 'inspector', expiresAt: '2099-12-31T23:59:59Z' },
  'expired-inspector': { role: 'inspector', expiresAt: '2020-01-01T00:00:00Z' },
  'elected-member': { role: 'elected-member' },
};

export interface TestCouncil {
  readonly db: Database;
  readonly actors: Readonly<Record<TestUser, Actor>>;
  /** A child allocated to Team A, and one to Team B. */
  readonly teamAChild: string;
  readonly teamBChild: string;
  /** The current CIN census's return id. */
  readonly cinReturn: number;
  /** The generated returns, one folder per year (2025, 2026), as loaded. */
  readonly dir: string;
  close(): Promise<void>;
}

export async function testCouncil(children = 80): Promise<TestCouncil> {
  const db = await openDatabase();
  await migrate(db);
  const dir = await mkdtemp(join(tmpdir(), 'sightline-access-'));
  await loadCouncil(db, { children, firstYear: 2025, lastYear: 2026, seed: 11, la: TEST_LA, faults: 0.05 }, dir);
  const actors = {} as Record<TestUser, Actor>;
  for (const [username, u] of Object.entries(users) as [TestUser, (typeof users)[TestUser]][]) {
    actors[username] = await createUser(db, { username, la: TEST_LA, role: u.role, team: u.team ?? null, expiresAt: u.expiresAt ?? null, password: TEST_PASSWORD });
  }
  const child = async (team: string) => (await db.query<{ child_id: string }>('select child_id from allocations where team = $1 order by child_id limit 1', [team]))[0]!.child_id;
  const [cin] = await db.query<{ id: number }>("select id::int as id from returns where dataset = 'cin' and superseded_by is null order by collection_year desc limit 1");
  return { db, actors, teamAChild: await child('Team A'), teamBChild: await child('Team B'), cinReturn: cin!.id,
    dir,
    close: async () => {
      await db.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
