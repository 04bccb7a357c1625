import type { Cell, Report, RuleRun } from './types.ts';

/** Related cells listed on one duplicate finding, at most: enough to find the others without a report that grows as n². */
const MAX_RELATED = 10;

interface Holder<K> {
  readonly kept: K;
  readonly child: string | undefined;
}

/**
 * A run that reports every record whose key another record shares (duplicate child ids, UPNs). Per record it
 * keeps the key and what `keep` returns, never the record: the cell itself for a census read as a stream,
 * or a row the return holds anyway (an SSDA903 header row), from which `cell` makes the cells only for
 * the keys that turn out to be shared.
 */
export function duplicates<R, K>(
  key: (record: R) => string | null,
  keep: (record: R) => K,
  cell: (kept: K) => Cell,
  id: (record: R) => string | undefined,
): RuleRun<R, unknown> {
  const seen = new Map<string, Holder<K> | Holder<K>[]>();
  return {
    record(record) {
      const k = key(record);
      if (k === null || k.trim() === '') return;
      const holder: Holder<K> = { kept: keep(record), child: id(record) };
      const before = seen.get(k);
      if (before === undefined) seen.set(k, holder);
      else if (Array.isArray(before)) before.push(holder);
      else seen.set(k, [before, holder]);
    },
    finish(report: Report) {
      // eslint-disable-next-line no-restricted-syntax -- once per validation, over a Map
      for (const holders of seen.values()) {
        if (!Array.isArray(holders)) continue;
        const cells = holders.map((h) => cell(h.kept));
        const related = cells.map((c, i) => (holders[i]!.child === undefined ? c : { ...c, child: holders[i]!.child }));
        for (let i = 0; i < holders.length; i++) report(cells[i]!, related.filter((_, j) => j !== i).slice(0, MAX_RELATED), holders[i]!.child);
      }
    },
  };
}
