import type { CinCensus, CinChild, CinHeader } from '../model/cin.ts';
import type { CollectionYear } from '../model/collection-year.ts';
import type { IsoDate } from '../model/dates.ts';
import { createEngine } from './engine.ts';
import type { ValidationReport } from './results.ts';
import { cinContext, cinParts, type CinContext } from './rules/cin/cin-rule.ts';
import { cinCatalogue, cinRuleSet } from './rules/cin/rule-sets.ts';
import type { Need } from './types.ts';

/** The keys of last year's census that year-on-year rules compare with (kept small: ids only, not children). */
export interface PreviousCensusIndex {
  readonly year: CollectionYear;
  readonly childIds: ReadonlySet<string>;
}

export function indexPreviousCensus(census: CinCensus): PreviousCensusIndex {
  return { year: census.year, childIds: new Set(census.children.map((c) => c.ChildIdentifiers.LAchildID)) };
}

export interface CinValidatorOptions {
  readonly year: CollectionYear;
  /** The header, when known before the children; a streaming reader may give it to `finish` instead. */
  readonly header?: CinHeader | null;
  readonly previous?: PreviousCensusIndex;
  /** The end of the period checked: 31 March by default; an earlier date checks a census part-way through the year. */
  readonly referenceDate?: IsoDate;
}

export interface CinValidator {
  child(child: CinChild): void;
  /** Runs the rules across children and on the header (the one given here, else the one given at the start). */
  finish(header?: CinHeader | null): ValidationReport;
}

/** Validates a CIN census child by child, as a streaming reader delivers them; `finish` runs the rules across children. */
export function createCinValidator(options: CinValidatorOptions): CinValidator {
  const available = new Set<Need>(options.previous ? ['previous-year'] : []);
  let header = options.header ?? null;
  const context = cinContext({ ...options, header: null });
  const engine = createEngine<CinChild, CinContext>({
    set: cinRuleSet(options.year),
    catalogue: cinCatalogue,
    noSetReason: `Sightline has no CIN census rules for ${options.year}`,
    // Header rules run at finish, so the context reads the header then.
    context: { ...context, get header() { return header; } },
    available,
    recordId: (child) => child.ChildIdentifiers.LAchildID,
    parts: cinParts,
  });
  return {
    child: (c) => engine.record(c),
    finish: (late) => {
      if (late !== undefined) header = late;
      return engine.finish();
    },
  };
}

export function validateCinCensus(census: CinCensus, options: Omit<CinValidatorOptions, 'year' | 'header'> = {}): ValidationReport {
  const validator = createCinValidator({ ...options, year: census.year, header: census.header });
  for (const child of census.children) validator.child(child);
  return validator.finish();
}
