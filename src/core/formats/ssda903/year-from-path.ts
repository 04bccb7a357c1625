import { collectionYear, type CollectionYear } from '../../model/collection-year.ts';

/**
 * The 903 CSVs do not carry their year, so councils and tools put it in the folder or file name
 * (datasets.md §2.1). Forms read: `2019/20`, `2019-20`, `2019_2020`, `201920`, `1920`, `21-22`, and the end
 * year alone (`SSDA903_2020_episodes.csv`, `.../2024/episodes.csv`). The form nearest the end of the path
 * wins, so a file name overrides its folder.
 */
export function yearFromPath(path: string): CollectionYear | null {
  let found: CollectionYear | null = null;
  // Numbers stand alone (no digit either side), so child ids and timestamps such as 20240331 are not read as years.
  for (const m of path.matchAll(/(?<!\d)(\d{2}|\d{4})(?:\s*[/_-]\s*(\d{2}|\d{4}))?(?!\d)|(?<!\d)(\d{4})(\d{2})(?!\d)/g)) {
    const year = m[3] !== undefined ? pair(m[3], m[4]!) : m[2] !== undefined ? pair(m[1]!, m[2]) ?? single(m[2]) ?? single(m[1]!) : single(m[1]!);
    if (year) found = year;
  }
  return found;
}

/** `2019`+`20`, `2019`+`2020`, `19`+`20`: consecutive years, or null. */
function pair(first: string, second: string): CollectionYear | null {
  const start = first.length === 4 ? Number(first) : 2000 + Number(first);
  const end = second.length === 4 ? Number(second) : Math.floor(start / 100) * 100 + Number(second);
  return end === start + 1 && plausible(end) ? collectionYear(end) : null;
}

/** A lone `2020` is the end year; a lone `1920` (not a plausible end year) is `19`+`20`. */
function single(digits: string): CollectionYear | null {
  if (digits.length !== 4) return null;
  if (plausible(Number(digits))) return collectionYear(Number(digits));
  return pair(digits.slice(0, 2), digits.slice(2));
}

function plausible(endYear: number): boolean {
  return endYear >= 2000 && endYear <= 2099;
}
