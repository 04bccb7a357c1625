import { mkdir } from 'node:fs/promises';
import { openDatabase, type Database } from './database.ts';
import { migrate } from './migrate.ts';

export interface StoreOptions {
  /** A postgres:// URL; DATABASE_URL when absent. */
  url?: string | undefined;
  /** PGlite's data folder when no URL is given. */
  dataDir?: string | undefined;
}

export const defaultDataDir = 'data/sightline';

/**
 * The store, ready to use: the PostgreSQL server a URL names (the option, else DATABASE_URL), otherwise
 * PGlite in a data folder; brought up to the current migrations either way.
 */
export async function openStore(options: StoreOptions = {}): Promise<Database> {
  const url = options.url ?? (process.env.DATABASE_URL || undefined);
  let db: Database;
  if (url) {
    db = await openDatabase({ url });
  } else {
    const dataDir = options.dataDir ?? defaultDataDir;
    await mkdir(dataDir, { recursive: true });
    db = await openDatabase({ dataDir });
  }
  return migrated(db);
}

/** A database just opened, brought up to the current migrations; closed again if they fail. */
export async function migrated(db: Database): Promise<Database> {
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
