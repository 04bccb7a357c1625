/**
 * Code lists change nearly every year (datasets.md §1.3, §2.4), so each list is declared once as the
 * codes of its first year plus the changes of later years, and the list for a year is worked out from
 * that history rather than copied per year.
 */
export type Labels = Readonly<Record<string, string>>;

export interface CodeListChange {
  /** The collection year the change takes effect, as its end year (2025 = 2024/25). */
  readonly from: number;
  readonly add?: Labels;
  readonly remove?: readonly string[];
  readonly relabel?: Labels;
  readonly why?: string;
}

export interface CodeListHistory {
  readonly name: string;
  readonly codes: Labels;
  readonly changes?: readonly CodeListChange[];
}

export interface CodeList {
  readonly name: string;
  has(code: string): boolean;
  label(code: string): string | undefined;
  readonly codes: readonly string[];
}

const cache = new WeakMap<CodeListHistory, Map<number, CodeList>>();

/** The list in force in a collection year (given by its end year). */
export function codesIn(history: CodeListHistory, endYear: number): CodeList {
  let byYear = cache.get(history);
  if (!byYear) cache.set(history, (byYear = new Map()));
  let list = byYear.get(endYear);
  if (!list) {
    const labels = new Map(Object.entries(history.codes));
    for (const change of history.changes ?? []) {
      if (change.from > endYear) continue;
      for (const code of change.remove ?? []) labels.delete(code);
      for (const [code, label] of Object.entries({ ...change.add, ...change.relabel })) labels.set(code, label);
    }
    list = { name: history.name, has: (c) => labels.has(c), label: (c) => labels.get(c), codes: [...labels.keys()] };
    byYear.set(endYear, list);
  }
  return list;
}

export const yesNo: CodeListHistory = { name: 'yes/no (0 or 1)', codes: { '0': 'No', '1': 'Yes' } };
