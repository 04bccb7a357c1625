import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from './database.ts';

const folder = join(import.meta.dirname, 'migrations');

export interface Migration {
  readonly id: string;
  readonly sql: string;
}

/** The migrations shipped with this version, in order: `NNN-what.sql`. */
export function migrations(): Migration[] {
  return readdirSync(folder)
    .filter((f) => /^\d{3}-[\w-]+\.sql$/.test(f))
    .sort()
    .map((f) => ({ id: f.replace(/\.sql$/, ''), sql: readFileSync(join(folder, f), 'utf8') }));
}

/**
 * Brings a database up to date. Each migration runs in its own transaction with its record, so a
 * failure leaves the database at the last complete migration; an advisory lock keeps two servers
 * starting at once from running the same migration twice.
 */
export async function migrate(db: Database, list: readonly Migration[] = migrations()): Promise<string[]> {
  await db.exec('create table if not exists sightline_migrations (id text primary key, applied_at timestamptz not null default now())');
  const applied: string[] = [];
  for (const m of list) {
    const done = await db.transaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock(7423001)');
      if ((await tx.query('select 1 from sightline_migrations where id = $1', [m.id])).length) return false;
      for (const statement of splitStatements(m.sql)) await tx.query(statement);
      await tx.query('insert into sightline_migrations (id) values ($1)', [m.id]);
      return true;
    });
    if (done) applied.push(m.id);
  }
  return applied;
}

/**
 * Splits a migration into statements so each runs through the same parameterised query path on both
 * engines. Dollar-quoted bodies (functions) are kept whole.
 */
export function splitStatements(sql: string): string[] {
  const statements: string[] = [];
  let current = '';
  let dollar: string | null = null;
  for (const line of sql.split('\n')) {
    const stripped: string = dollar ? line : line.replace(/--.*$/, '');
    for (const tag of stripped.match(/\$[A-Za-z_]*\$/g) ?? []) dollar = dollar === tag ? null : (dollar ?? tag);
    current += `${stripped}\n`;
    if (!dollar && stripped.trimEnd().endsWith(';')) {
      if (current.trim() !== ';') statements.push(current.trim());
      current = '';
    }
  }
  if (current.trim()) statements.push(current.trim());
  return statements;
}
