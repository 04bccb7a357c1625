import type { FigureView } from '../../access/views.ts';
import { formatValue } from '../../core/indicators/format-value.ts';
import type { Unit } from '../../core/indicators/indicator.ts';
import { ChartAxes, ChartFigure } from './chart.tsx';

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
  const frame = { width: WIDTH, height: HEIGHT, ...PAD };
  return (
    <ChartFigure
      id={id}
      title={title}
      description={`From ${formatValue(first.value, unit)} in ${first.label} to ${formatValue(last.value, unit)} in ${last.label}; highest ${formatValue(highest.value, unit)} (${highest.label}), lowest ${formatValue(lowest.value, unit)} (${lowest.label}).`}
      width={WIDTH}
      height={HEIGHT}
      columns={[{ name: 'Period' }, { name: 'Value', numeric: true }]}
      rows={points.map((p) => ({ key: p.label, cells: [p.label, formatValue(p.value, unit)] }))}
    >
      <ChartAxes frame={frame} y={y} low={bottom} high={top} format={(v) => formatValue(v, unit)} first={points[0]!.label} last={points.at(-1)!.label} />
      <path d={path} className="app-chart__line" />
      {points.map((p, i) => (p.value === null ? null : <circle key={p.label} cx={x(i)} cy={y(p.value)} r={3.5} className="app-chart__point" />))}
    </ChartFigure>
  );
}
