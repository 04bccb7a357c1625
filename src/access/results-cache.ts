import type { Database } from '../store/database.ts';

/**
 * A stored return's validation results never change (a correction arrives as a new return), so the
 * data-quality answers computed from them are kept in memory, per database, for the most recently asked
 * returns and pages: those pages are read far more often than returns are loaded. Only answers are kept;
 * every request is still checked against the permission matrix before one is given.
 */
const SIZE = 256;
const caches = new WeakMap<Database, Map<string, Promise<unknown>>>();

export function cachedResult<T>(db: Database, key: string, load: () => Promise<T>): Promise<T> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const hit = cache.get(key) as Promise<T> | undefined;
  if (hit) {
    // Most recently used last, so the oldest is the first to go.
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const loading = load();
  cache.set(key, loading);
  // A failed load is not remembered: the next request tries again.
  loading.catch(() => cache.delete(key));
  if (cache.size > SIZE) cache.delete(cache.keys().next().value!);
  return loading;
}
