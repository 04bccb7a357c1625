import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { openDatabase, pgliteDatabase, type Database, type Queryable } from './database.ts';

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
  { name: 'PGlite', skip: false, open: openPgliteClone },
  {
    name: 'PostgreSQL',
    skip: url ? false : process.env.CI ? missingInCi() : 'no PostgreSQL server: set TEST_DATABASE_URL to run these tests against one',
    open: () => openFreshSchema(url!),
  },
];

/**
 * Starting PGlite runs initdb, which takes seconds; a clone of one fresh, empty instance is several
 * times quicker and just as empty. The template is made once per test process and never used itself.
 */
let template: Promise<PGlite> | null = null;

async function openPgliteClone(): Promise<Database> {
  // Left open: it holds nothing that keeps the process alive.
  template ??= PGlite.create();
  return pgliteDatabase(await (await template).clone());
}

function missingInCi(): never {
  throw new Error('CI must run the PostgreSQL store tests, but TEST_DATABASE_URL is not set (.ci/run starts PostgreSQL and sets it).');
}

async function openFreshSchema(base: string): Promise<Database> {
  const schema = await freshSchema(base);
  const db = await openDatabase({ url: schema.url });
  return {
    ...db,
    close: async () => {
      await db.close();
      await schema.drop();
    },
  };
}

/**
 * A schema of its own on the server at `base`: a URL whose connections see only it, and a way to drop
 * it. For tests that hand the URL to another process.
 */
export async function freshSchema(base: string): Promise<{ url: string; drop(): Promise<void> }> {
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const scoped = new URL(base);
  scoped.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: scoped.toString(),
    drop: async () => {
      const cleanup = new pg.Client({ connectionString: base });
      await cleanup.connect();
      await cleanup.query(`drop schema ${schema} cascade`);
      await cleanup.end();
    },
  };
}

/**
 * Everything a store holds that an import writes, in a form two states can be compared by: every row
 * of every table, in key order. For tests of all-or-nothing: after a failed import it must be unchanged.
 */
export async function storeState(db: Queryable): Promise<Record<string, unknown[]>> {
  const tables: Record<string, string> = {
    councils: 'select * from councils order by la',
    returns: 'select id::int as id, la, dataset, collection_year, sha256, superseded_by::int as superseded_by, children, validation from returns order by id',
    return_children: 'select return_id::int as return_id, child_id, seq, record from return_children order by return_id, child_id collate "C", seq',
    findings: 'select return_id::int as return_id, seq, rule, child_id from findings order by return_id, seq',
    read_problems: 'select return_id::int as return_id, seq, message from read_problems order by return_id, seq',
    audit_log: 'select id::int as id, actor, action, subject from audit_log order by id',
  };
  const state: Record<string, unknown[]> = {};
  for (const [name, sql] of Object.entries(tables)) state[name] = await db.query(sql);
  return state;
}

/**
 * The same store, telling `spy` of each statement its transactions run: `before` may throw to make the
 * statement fail (a fault injected part-way through an import); `after` learns it succeeded.
 */
export function spyOnTransactions(db: Database, spy: { before?(sql: string): void; after?(sql: string): void }): Database {
  return {
    ...db,
    transaction: (work) => db.transaction((tx) => work({
      query: async <Row extends object>(sql: string, params?: readonly unknown[]) => {
        spy.before?.(sql);
        const rows = await tx.query<Row>(sql, params);
        spy.after?.(sql);
        return rows;
      },
    })),
  };
}
