import { PGlite, type PGliteInterface } from '@electric-sql/pglite';
import pg from 'pg';

/**
 * One small interface over the two PostgreSQL engines Sightline runs on: PGlite (embedded, in-process,
 * the zero-set-up default) and a PostgreSQL server (production, and regional pooling). Everything above
 * it writes PostgreSQL SQL once and runs on both.
 */
export interface Queryable {
  query<Row extends object = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: all of it is committed, or (on any error) none of it. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Runs a script of several statements (migrations). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** A postgres:// URL: use that server. Otherwise PGlite. */
  url?: string;
  /** PGlite's data folder; in memory when absent. */
  dataDir?: string;
}

export async function openDatabase(options: OpenOptions = {}): Promise<Database> {
  return options.url ? openPostgres(options.url) : openPglite(options.dataDir);
}

async function openPglite(dataDir?: string): Promise<Database> {
  return pgliteDatabase(await PGlite.create(dataDir));
}

/** A PGlite instance already open (a test's clone of a template, say) as a Database. */
export function pgliteDatabase(db: PGliteInterface): Database {
  const queryable = (q: Pick<PGliteInterface, 'query'>): Queryable => ({
    query: async <Row extends object>(sql: string, params: readonly unknown[] = []) => (await q.query<Row>(sql, params as unknown[])).rows,
  });
  return {
    kind: 'pglite',
    ...queryable(db),
    transaction: (work) => db.transaction((tx) => work(queryable(tx))),
    exec: async (sql) => {
      await db.exec(sql);
    },
    close: () => db.close(),
  };
}

async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // Fail at open, with the server's own words, rather than at the first query.
  await pool.query('select 1');
  return {
    kind: 'postgres',
    query: async <Row extends object>(sql: string, params: readonly unknown[] = []) => (await pool.query<Row>(sql, params as unknown[])).rows,
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work({ query: async <Row extends object>(sql: string, params: readonly unknown[] = []) => (await client.query<Row>(sql, params as unknown[])).rows });
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback');
        throw error;
      } finally {
        client.release();
      }
    },
    exec: async (sql) => {
      await pool.query(sql);
    },
    close: () => pool.end(),
  };
}
