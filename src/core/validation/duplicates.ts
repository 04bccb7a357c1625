import type { Cell, Report, RuleRun } from './types.ts';

/** Related cells listed on one duplicate finding, at most: enough to find the others without a report that grows as n². */
const MAX_RELATED = 10;

/**
 * A run that reports every record whose key another record shares (duplicate child ids, UPNs). It keeps
 * the key and one cell per record, never the record.
 */
export function duplicates<R>(key: (record: R) => string | null, cell: (record: R) => Cell, id: (record: R) => string | undefined): RuleRun<R> {
  const seen = new Map<string, Cell | Cell[]>();
  return {
    record(record) {
      const k = key(record);
      if (k === null || k.trim() === '') return;
      const child = id(record);
      const c: Cell = child === undefined ? cell(record) : { ...cell(record), child };
      const before = seen.get(k);
      if (before === undefined) seen.set(k, c);
      else if (Array.isArray(before)) before.push(c);
      else seen.set(k, [before, c]);
    },
    finish(report: Report) {
      for (const cells of seen.values()) {
        if (!Array.isArray(cells)) continue;
        for (const c of cells) {
          const { child, ...at } = c;
          report(at, cells.filter((o) => o !== c).slice(0, MAX_RELATED), child);
        }
      }
    },
  };
}
