import type { BenchmarkView, ComparisonView } from '../../access/views.ts';
import { formatValue } from '../../core/indicators/format-value.ts';
import type { Unit } from '../../core/indicators/indicator.ts';

/** A comparator's figure with its year and source, or, in words, why it is not known. */
export function comparisonText(c: ComparisonView, unit: Unit, year: number): string {
  if (!c.known || c.value === null) return `Not known: ${c.why ?? 'no figure is held'}`;
  return `${formatValue(c.value, unit)}${c.year !== null && c.year !== year ? ` (${c.year}, the latest published)` : ''}`;
}

/** England, the region, the statistical neighbours and the councils in the store, as a table. */
export function Benchmarks({ benchmark, unit, own }: { benchmark: BenchmarkView; unit: Unit; own: string }) {
  const rows: { name: string; comparison: ComparisonView }[] = [
    { name: 'England', comparison: benchmark.england },
    ...(benchmark.region ? [{ name: `${benchmark.region.name} (region)`, comparison: benchmark.region.comparison }] : []),
    ...benchmark.councils.map((c) => ({ name: `${c.name} (in Sightline)`, comparison: c.comparison })),
    ...benchmark.neighbours.map((n) => ({ name: `${n.name} (statistical neighbour)`, comparison: n.comparison })),
  ];
  return (
    <div className="app-table-wrapper">
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Compared with others, {benchmark.year - 1}/{String(benchmark.year).slice(2)}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Area</th>
            <th scope="col" className="govuk-table__header">Figure</th>
            <th scope="col" className="govuk-table__header">Source</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          <tr className="govuk-table__row">
            <th scope="row" className="govuk-table__header">This council (12 months)</th>
            <td className="govuk-table__cell">{own}</td>
            <td className="govuk-table__cell">Worked out by Sightline from the returns</td>
          </tr>
          {rows.map((r) => (
            <tr className="govuk-table__row" key={r.name}>
              <th scope="row" className="govuk-table__header">{r.name}</th>
              <td className="govuk-table__cell">{comparisonText(r.comparison, unit, benchmark.year)}</td>
              <td className="govuk-table__cell">{r.comparison.source ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
