import type { CollectionYear } from '../../model/collection-year.ts';
import { collectionYear, collectionYearOf, endYearOf } from '../../model/collection-year.ts';
import type { CinHeader } from '../../model/cin.ts';
import type { ReadProblem } from '../../model/problem.ts';
import { firstCinYear, lastCinYear } from './cin-schema.ts';

export interface CensusYear {
  /** The year the file is for: as declared, else from its header; null when neither says. */
  readonly year: CollectionYear | null;
  /** The census (end) year whose schema and code lists the file is read with. */
  readonly rulesEndYear: number;
  readonly problems: readonly Omit<ReadProblem, 'file'>[];
}

/**
 * Decides which census a file is. The header's Year is the census year (2026 = 2025/26) and its
 * ReferenceDate the census day; when they disagree the ReferenceDate wins, because it is the date the
 * DfE's own rules count from. A declared year overrides both.
 */
export function censusYear(declared: CollectionYear | undefined, header: CinHeader | null): CensusYear {
  const problems: Omit<ReadProblem, 'file'>[] = [];
  const yearText = header?.Year ?? null;
  const fromYear = yearText !== null && /^\d{4}/.test(yearText) ? collectionYear(Number(yearText.slice(0, 4))) : null;
  const fromDate = header?.ReferenceDate ? collectionYearOf(header.ReferenceDate) : null;
  if (fromYear && fromDate && fromYear !== fromDate) {
    problems.push({
      severity: 'warning', kind: 'bad-format', line: header?.lines?.ReferenceDate, path: 'Message/Header/CollectionDetails/ReferenceDate',
      field: 'ReferenceDate', value: header?.ReferenceDate ?? undefined,
      message: `The header's Year ${yearText} means ${fromYear}, but its ReferenceDate ${header?.ReferenceDate} falls in ${fromDate}: read as ${fromDate}.`,
    });
  }
  const fromHeader = fromDate ?? fromYear;
  if (declared && fromHeader && declared !== fromHeader) {
    problems.push({
      severity: 'warning', kind: 'bad-format', line: header?.line, path: 'Message/Header/CollectionDetails',
      message: `The header says the file is for ${fromHeader}, but it was read as ${declared}, the year it was declared as.`,
    });
  }
  const year = declared ?? fromHeader;
  if (!year) {
    problems.push({
      severity: 'warning', kind: 'unknown-year',
      message: `The file does not say which census year it is for (no Header Year or ReferenceDate): read with the ${collectionYear(lastCinYear)} rules.`,
    });
    return { year: null, rulesEndYear: lastCinYear, problems };
  }
  const end = endYearOf(year);
  const rulesEndYear = Math.min(lastCinYear, Math.max(firstCinYear, end));
  if (rulesEndYear !== end) {
    problems.push({
      severity: 'warning', kind: 'unknown-year', value: year,
      message: `${year} is not a census year Sightline knows (${collectionYear(firstCinYear)} to ${collectionYear(lastCinYear)}): read with the ${collectionYear(rulesEndYear)} schema and code lists.`,
    });
  }
  return { year, rulesEndYear, problems };
}
