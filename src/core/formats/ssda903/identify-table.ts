import { layouts903, type Layout903 } from './tables.ts';

/** Column names compare without case or surrounding spaces: `child`, ` DECOM ` and `DECOM` are one column. */
export function columnKey(name: string): string {
  return name.trim().toUpperCase();
}

/**
 * The table a header row belongs to, judged by its columns rather than the file's name (files arrive
 * renamed; LIIA and the DfE validator do the same, datasets.md §2.1). Tables are ranked first by how many
 * columns found in no other table they share with the file (ETHNIC makes a header table, DUC a UASC one),
 * then by the share of the two column sets they have in common (matched / all distinct names), so that a
 * table with a renamed or extra column is still found. The winner must share at least half and beat every
 * other table: `CHILD,DOB` alone fits half a dozen tables equally and names none.
 */
export function identifyTable(header: readonly string[]): Layout903 | null {
  const names = new Set(header.map(columnKey).filter((k) => k !== ''));
  let best: Layout903 | null = null;
  let bestRank = [0, 0];
  let tie = false;
  for (const layout of allLayouts) {
    const matched = layout.columns.filter((c) => names.has(c.name));
    const rank = [matched.filter((c) => tablesWith.get(c.name) === 1).length, matched.length / (names.size + layout.columns.length - matched.length)];
    const order = rank[0]! - bestRank[0]! || rank[1]! - bestRank[1]!;
    if (order > 0) [best, bestRank, tie] = [layout, rank, false];
    else if (order === 0) tie = true;
  }
  return best && !tie && bestRank[1]! >= 0.5 ? best : null;
}

const allLayouts = Object.values(layouts903) as Layout903[];

/** How many tables have each column name. */
const tablesWith = new Map<string, number>();
for (const layout of allLayouts) for (const c of layout.columns) tablesWith.set(c.name, (tablesWith.get(c.name) ?? 0) + 1);

/** Whether a name is a column of any SSDA903 table: tells a header row that names the wrong columns from a file with no header. */
export function isColumn903(name: string): boolean {
  const key = columnKey(name);
  return tablesWith.has(key);
}
