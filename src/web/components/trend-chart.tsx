import type { FigureView } from '../../access/views.ts';
import { formatValue } from '../../core/indicators/format-value.ts';
import type { Unit } from '../../core/indicators/indicator.ts';

const WIDTH = 600;
const HEIGHT = 180;
const PAD = { left: 56, right: 12, top: 12, bottom: 30 };

/**
 * An indicator's trend as a line: an SVG image with a title and a description in words, and the same
 * figures as a table for anyone who cannot see the picture. Periods without a figure leave a gap.
 */
export function TrendChart({ id, title, points, unit }: { id: string; title: string; points: readonly FigureView[]; unit: Unit }) {
  const known = points.filter((p) => p.value !== null);
  if (known.length === 0) return <p className="govuk-body">No figures to draw for {title.toLowerCase()}.</p>;
  const values = known.map((p) => p.value!);
  const top = Math.max(...values) || 1;
  const bottom = Math.min(0, ...values);
  const x = (i: number) => PAD.left + (points.length === 1 ? 0 : (i / (points.length - 1)) * (WIDTH - PAD.left - PAD.right));
  const y = (v: number) => PAD.top + (1 - (v - bottom) / (top - bottom || 1)) * (HEIGHT - PAD.top - PAD.bottom);
  // One path with a break wherever a figure is missing.
  let path = '';
  points.forEach((p, i) => {
    if (p.value === null) return;
    path += `${i > 0 && points[i - 1]!.value !== null ? 'L' : 'M'}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`;
  });
  const first = known[0]!;
  const last = known.at(-1)!;
  const lowest = known.reduce((a, b) => (b.value! < a.value! ? b : a));
  const highest = known.reduce((a, b) => (b.value! > a.value! ? b : a));
  return (
    <figure className="govuk-!-margin-0 govuk-!-margin-bottom-4">
      <svg className="app-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>
          {`From ${formatValue(first.value, unit)} in ${first.label} to ${formatValue(last.value, unit)} in ${last.label}; highest ${formatValue(highest.value, unit)} (${highest.label}), lowest ${formatValue(lowest.value, unit)} (${lowest.label}).`}
        </desc>
        <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(bottom)} y2={y(bottom)} className="app-chart__axis" />
        <line x1={PAD.left} x2={PAD.left} y1={PAD.top} y2={HEIGHT - PAD.bottom} className="app-chart__axis" />
        <text x={PAD.left - 6} y={y(top) + 5} textAnchor="end">{formatValue(top, unit)}</text>
        <text x={PAD.left - 6} y={y(bottom)} textAnchor="end">{formatValue(bottom, unit)}</text>
        <text x={PAD.left} y={HEIGHT - 8}>{points[0]!.label}</text>
        <text x={WIDTH - PAD.right} y={HEIGHT - 8} textAnchor="end">{points.at(-1)!.label}</text>
        <path d={path} className="app-chart__line" />
        {points.map((p, i) => (p.value === null ? null : <circle key={p.label} cx={x(i)} cy={y(p.value)} r={3.5} className="app-chart__point" />))}
      </svg>
      <details className="govuk-details govuk-!-margin-bottom-2">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">{title}: the figures as a table</span>
        </summary>
        <div className="govuk-details__text">
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--s">{title}</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">Period</th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">Value</th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {points.map((p) => (
                <tr className="govuk-table__row" key={p.label}>
                  <th scope="row" className="govuk-table__header">{p.label}</th>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{formatValue(p.value, unit)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
