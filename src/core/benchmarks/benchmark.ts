import { COUNCILS, type Council } from './councils.ts';
import { ENGLAND_FIGURES, type PublishedFigure } from './england-figures.ts';

const byCode = new Map(COUNCILS.map((c) => [c.la, c]));

export function council(la: string): Council | undefined {
  return byCode.get(la);
}

export function region(la: string): { readonly code: string; readonly name: string } | null {
  const c = byCode.get(la);
  return c ? { code: c.regionCode, name: c.region } : null;
}

export function statisticalNeighbours(la: string): Council[] {
  return (byCode.get(la)?.statisticalNeighbours ?? []).flatMap((code) => byCode.get(code) ?? []);
}

/** A comparator's figure, or an honest statement that it is not known. */
export type Comparison =
  | { readonly known: true; readonly value: number; readonly source: string; readonly figure?: PublishedFigure }
  | { readonly known: false; readonly why: string };

/** Figures the caller has from elsewhere: published regional or council figures, or other councils computed from the store. */
export interface BenchmarkInputs {
  /** Published figures by area code (ONS region code or three-digit DfE code) for this indicator and year. */
  readonly published?: ReadonlyMap<string, { readonly value: number; readonly source: string }>;
  /** Other councils in the store, computed the same way. */
  readonly councils?: readonly { readonly la: string; readonly value: number | null }[];
}

export interface Benchmark {
  readonly indicatorId: string;
  readonly year: number;
  readonly england: Comparison;
  readonly region: { readonly code: string; readonly name: string; readonly comparison: Comparison } | null;
  readonly neighbours: readonly { readonly la: string; readonly name: string; readonly comparison: Comparison }[];
  /** Councils whose data is in the store, computed by Sightline. */
  readonly councils: readonly { readonly la: string; readonly name: string; readonly comparison: Comparison }[];
}

const unknownPublished = (what: string): Comparison => ({ known: false, why: `no published ${what} figure is held for this indicator and year` });

function fromInputs(code: string, inputs: BenchmarkInputs, what: string): Comparison {
  const given = inputs.published?.get(code);
  return given ? { known: true, value: given.value, source: given.source } : unknownPublished(what);
}

/** England, the council's region and its statistical neighbours for one indicator and collection year (by end year). */
export function benchmark(indicatorId: string, la: string, year: number, inputs: BenchmarkInputs = {}): Benchmark {
  const figure = ENGLAND_FIGURES.find((f) => f.indicatorId === indicatorId && f.year === year);
  const home = region(la);
  return {
    indicatorId,
    year,
    england: figure ? { known: true, value: figure.value, source: figure.source.title, figure } : unknownPublished('England'),
    region: home && { ...home, comparison: fromInputs(home.code, inputs, 'regional') },
    neighbours: statisticalNeighbours(la).map((n) => ({ la: n.la, name: n.name, comparison: fromInputs(n.la, inputs, 'council') })),
    councils: (inputs.councils ?? []).filter((c) => c.la !== la).map((c) => ({
      la: c.la,
      name: byCode.get(c.la)?.name ?? c.la,
      comparison: c.value === null ? { known: false, why: 'the figure cannot be worked out from that council\'s data' } : { known: true, value: c.value, source: 'computed by Sightline from the returns in the store' },
    })),
  };
}

/** The latest published England figure for the indicator up to a year, for a table that must show the nearest known one and say its year. */
export function latestEngland(indicatorId: string, upToYear: number): PublishedFigure | null {
  return ENGLAND_FIGURES.filter((f) => f.indicatorId === indicatorId && f.year <= upToYear).sort((a, b) => b.year - a.year)[0] ?? null;
}
