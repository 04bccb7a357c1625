import { benchmark, latestEngland, type Comparison } from '../core/benchmarks/benchmark.ts';
import type { Figure, IndicatorResult, PeriodResult } from '../core/indicators/compute.ts';
import { collectionYearOf, endYearOf } from '../core/model/collection-year.ts';
import { rateBasis } from '../core/indicators/population.ts';
import { POPULATION_ENTERED_BY } from './population-setting.ts';
import type { CouncilFigures } from './council-figures.ts';
import type { ComparisonView, FigureView, IndicatorsView, IndicatorView } from './views.ts';

/**
 * The indicators as the API sends them: numbers and counts only (the children behind them are asked
 * for separately, and audited), each with England, the region, the statistical neighbours and the
 * other councils in the store beside it. Made once per set of figures and kept with them.
 */
const made = new WeakMap<CouncilFigures, { others: readonly CouncilFigures[]; view: IndicatorsView }>();

export function indicatorsView(figures: CouncilFigures, others: readonly CouncilFigures[]): IndicatorsView {
  const known = made.get(figures);
  if (known && known.others.length === others.length && known.others.every((o, i) => o === others[i])) return known.view;
  const year = endYearOf(collectionYearOf(figures.at));
  const view: IndicatorsView = {
    la: figures.la,
    at: figures.at,
    children: figures.children.length,
    population: figures.population && {
      count: figures.population.count, source: figures.population.source, year: figures.population.year ?? null, basis: rateBasis(figures.population, POPULATION_ENTERED_BY),
    },
    indicators: figures.indicators.map((r) => indicatorView(r, figures.la, year, others)),
  };
  made.set(figures, { others, view });
  return view;
}

function indicatorView(r: IndicatorResult, la: string, year: number, others: readonly CouncilFigures[]): IndicatorView {
  const { indicator } = r;
  const base = {
    id: indicator.id, title: indicator.title, unit: indicator.unit, polarity: indicator.polarity,
    definition: indicator.definition.text, variant: indicator.definition.variant, source: indicator.definition.source,
  };
  if (!r.available) return { ...base, available: false, reason: r.reason, headline: null, months: [], years: [], splits: [], benchmark: null };
  const councils = others.map((o) => {
    const theirs = o.indicators.find((x) => x.indicator.id === indicator.id);
    return { la: o.la, value: theirs?.available ? theirs.headline.value : null };
  });
  const b = benchmark(indicator.id, la, year, { councils });
  return {
    ...base,
    available: true,
    reason: null,
    headline: figureView(r.headline),
    months: r.months.map(figureView),
    years: r.years.map(figureView),
    splits: Object.entries(r.splits).map(([dimension, groups]) => ({
      dimension: dimension as IndicatorView['splits'][number]['dimension'],
      groups: groups.map((g) => ({ group: g.group, ...counts(g) })),
    })),
    benchmark: {
      year,
      england: b.england.known ? comparison(b.england) : latestEnglandBefore(indicator.id, year) ?? comparison(b.england),
      region: b.region && { code: b.region.code, name: b.region.name, comparison: comparison(b.region.comparison) },
      neighbours: b.neighbours.map((n) => ({ la: n.la, name: n.name, comparison: comparison(n.comparison) })),
      councils: b.councils.map((c) => ({ la: c.la, name: c.name, comparison: comparison(c.comparison) })),
    },
  };
}

/** The nearest earlier published England figure, said to be for its own year. */
function latestEnglandBefore(indicatorId: string, year: number): ComparisonView | null {
  const f = latestEngland(indicatorId, year);
  return f ? { known: true, value: f.value, source: f.source.title, year: f.year, why: null } : null;
}

function comparison(c: Comparison): ComparisonView {
  return c.known ? { known: true, value: c.value, source: c.source, year: c.figure?.year ?? null, why: null } : { known: false, value: null, source: null, year: null, why: c.why };
}

function counts(f: Figure) {
  return { value: f.value, numerator: f.numerator.count, denominator: f.denominator?.count ?? null, children: (f.denominator ?? f.numerator).children.length };
}

/** A period's figure as the API sends it: the value and its counts, never the children behind it. */
export function figureView(p: PeriodResult): FigureView {
  return { label: p.period.label, start: p.period.start, end: p.period.end, ...counts(p), caveats: p.caveats };
}
