import { collectionYearOf, type CollectionYear } from '../../model/collection-year.ts';
import { read903 } from './read-903.ts';
import type { TextFile } from './text-file.ts';

/**
 * The year of an SSDA903 return nobody named (the CSVs do not carry it): the collection year of its
 * latest episode date. Callers say it was a guess.
 */
export function guess903Year(files: readonly TextFile[]): CollectionYear | null {
  const { return: ret } = read903(files, { year: '2025/26' });
  let latest: string | null = null;
  for (const e of ret?.tables.episodes ?? []) {
    for (const d of [e.DECOM, e.DEC]) if (d !== null && (latest === null || d > latest)) latest = d;
  }
  return latest ? collectionYearOf(latest) : null;
}
