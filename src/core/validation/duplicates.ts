import type { Cell, Report, RuleRun } from './types.ts';

/** Related cells listed on one duplicate finding, at most: enough to find the others without a report that grows as n². */
const MAX_RELATED = 10;

interface Holder {
  readonly at: Cell;
  readonly child: string | undefined;
}

/**
 * A run that reports every record whose key another record shares (duplicate child ids, UPNs). It keeps
 * the key and one cell per record, never the record; the other holders' cells, which name their child,
 * are made only for the keys that turn out to be shared.
 */
export function duplicates<R>(key: (record: R) => string | null, cell: (record: R) => Cell, id: (record: R) => string | undefined): RuleRun<R, unknown> {
  const seen = new Map<string, Holder | Holder[]>();
  return {
    record(record) {
      const k = key(record);
      if (k === null || k.trim() === '') return;
      const holder: Holder = { at: cell(record), child: id(record) };
      const before = seen.get(k);
      if (before === undefined) seen.set(k, holder);
      else if (Array.isArray(before)) before.push(holder);
      else seen.set(k, [before, holder]);
    },
    finish(report: Report) {
      // eslint-disable-next-line no-restricted-syntax -- once per validation, over a Map
      for (const holders of seen.values()) {
        if (!Array.isArray(holders)) continue;
        const cells = holders.map((h) => (h.child === undefined ? h.at : { ...h.at, child: h.child }));
        for (let i = 0; i < holders.length; i++) report(holders[i]!.at, cells.filter((_, j) => j !== i).slice(0, MAX_RELATED), holders[i]!.child);
      }
    },
  };
}
