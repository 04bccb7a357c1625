import type { Source } from '../model/journey.ts';
import type { Conflict } from './event.ts';

export type Value = string | number | boolean | null;

/** One return's statement about something, before statements from several returns are merged. */
export interface Statement {
  readonly source: Source;
  readonly values: Readonly<Record<string, Value>>;
}

export interface Merged {
  /** Each field's value from the latest return that gave one. */
  readonly values: Readonly<Record<string, Value>>;
  readonly sources: readonly Source[];
  readonly conflicts: readonly Conflict[];
}

/**
 * Merges what several returns said about one fact. A field a return leaves empty is "not said", never a
 * disagreement; two different values are a conflict, kept with who said each, and the latest return's
 * value is the one shown.
 */
export function mergeStatements(statements: readonly Statement[]): Merged {
  const ordered = [...statements].sort((a, b) => compareSources(a.source, b.source));
  const values: Record<string, Value> = {};
  const seen = new Map<string, Map<string, { value: Value; sources: Source[] }>>();
  for (const { source, values: given } of ordered) {
    for (const [field, value] of Object.entries(given)) {
      if (value === null || value === '') {
        if (!(field in values)) values[field] = null;
        continue;
      }
      values[field] = value;
      let distinct = seen.get(field);
      if (!distinct) seen.set(field, (distinct = new Map()));
      const id = `${typeof value}:${String(value)}`;
      const entry = distinct.get(id);
      if (entry) entry.sources.push(source);
      else distinct.set(id, { value, sources: [source] });
    }
  }
  const conflicts: Conflict[] = [];
  for (const [field, distinct] of seen) if (distinct.size > 1) conflicts.push({ field, values: [...distinct.values()] });
  return { values, sources: uniqueSources(ordered.map((s) => s.source)), conflicts };
}

/** Oldest first: by collection year, then CIN before 903 before Annex A, then file. */
export function compareSources(a: Source, b: Source): number {
  return a.year.localeCompare(b.year) || a.dataset.localeCompare(b.dataset) || (a.file ?? '').localeCompare(b.file ?? '');
}

function uniqueSources(sources: readonly Source[]): Source[] {
  const seen = new Set<string>();
  return sources.filter((s) => {
    const id = `${s.dataset}|${s.year}|${s.file ?? ''}|${s.table ?? ''}|${s.line ?? ''}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
