import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from './database.ts';

/**
 * Store tests run on both engines: PGlite always, and the PostgreSQL server named by
 * TEST_DATABASE_URL. Without one they are skipped with a reason, except in CI, where .ci/run starts
 * PostgreSQL and a missing server is a failure. Each test gets a fresh schema of its own.
 */
export interface Engine {
  readonly name: string;
  readonly skip: string | false;
  open(): Promise<Database>;
}

const url = process.env.TEST_DATABASE_URL;

export const engines: readonly Engine[] = [
  { name: 'PGlite', skip: false, open: () => openDatabase() },
  {
    name: 'PostgreSQL',
    skip: url ? false : process.env.CI ? missingInCi() : 'no PostgreSQL server: set TEST_DATABASE_URL to run these tests against one',
    open: () => openFreshSchema(url!),
  },
];

function missingInCi(): never {
  throw new Error('CI must run the PostgreSQL store tests, but TEST_DATABASE_URL is not set (.ci/run starts PostgreSQL and sets it).');
}

async function openFreshSchema(base: string): Promise<Database> {
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const scoped = new URL(base);
  scoped.searchParams.set('options', `-c search_path=${schema}`);
  const db = await openDatabase({ url: scoped.toString() });
  return {
    ...db,
    close: async () => {
      await db.close();
      const cleanup = new pg.Client({ connectionString: base });
      await cleanup.connect();
      await cleanup.query(`drop schema ${schema} cascade`);
      await cleanup.end();
    },
  };
}
