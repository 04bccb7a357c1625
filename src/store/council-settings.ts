import type { Queryable } from './database.ts';

/** A council's setting as stored: its value (shape checked by whoever owns the setting) and who set it last. */
export interface StoredSetting<T> {
  readonly value: T;
  readonly updatedBy: string;
  readonly updatedAt: string;
}

/** The council's setting `name`, or null when it was never set. */
export async function readSetting<T>(q: Queryable, la: string, name: string): Promise<StoredSetting<T> | null> {
  const rows = await q.query<{ value: T; updated_by: string; updated_at: Date | string }>(
    'select value, updated_by, updated_at from council_settings where la = $1 and name = $2',
    [la, name],
  );
  const row = rows[0];
  return row ? { value: row.value, updatedBy: row.updated_by, updatedAt: new Date(row.updated_at).toISOString() } : null;
}

/** Sets (or replaces) the council's setting `name`. */
export async function writeSetting(q: Queryable, la: string, name: string, value: unknown, by: string): Promise<void> {
  await q.query(
    `insert into council_settings (la, name, value, updated_by) values ($1, $2, $3, $4)
     on conflict (la, name) do update set value = excluded.value, updated_by = excluded.updated_by, updated_at = now()`,
    [la, name, JSON.stringify(value), by],
  );
}
