import { ChartAxes, ChartFigure } from './chart.tsx';

const WIDTH = 600;
const HEIGHT = 220;
const PAD = { right: 12, top: 14, bottom: 34 };
/** Room for the value axis's widest label, at the chart's font size. */
const labelRoom = (label: string) => Math.max(40, label.length * 8.5 + 12);

/**
 * One point of a forecast chart: what was observed, or what is forecast with its band. `at` places it
 * along the axis (a day number, or a quarter's index); `label` names it in words and in the table.
 */
export interface ChartPoint {
  readonly label: string;
  readonly at: number;
  readonly observed?: number | undefined;
  readonly mean?: number | undefined;
  readonly lower?: number | undefined;
  readonly upper?: number | undefined;
  /** A likely range worked out another way, given in the table beside the one drawn (not drawn). */
  readonly otherLower?: number | undefined;
  readonly otherUpper?: number | undefined;
}

/**
 * History then forecast as one picture: the observed line, the forecast line (dashed) and, where there
 * is one, the band around it (shaded), with a rule where the forecast starts. An SVG image with a title
 * and a description in words, and the same figures as a table (every `tableEvery`-th point, and the
 * first and last of each kind) for anyone who cannot see the picture. `range` says how the drawn band was
 * worked out ("from 1,000 simulated runs") and `otherRange` how the points' other range was, which the
 * table gives beside it.
 */
export function ForecastChart({ id, title, points, format, tableEvery = 1, valueName = 'Value', range, otherRange }: {
  id: string;
  title: string;
  points: readonly ChartPoint[];
  format: (n: number) => string;
  tableEvery?: number;
  valueName?: string;
  range?: string;
  otherRange?: string;
}) {
  const observed = points.filter((p) => p.observed !== undefined);
  const forecast = points.filter((p) => p.mean !== undefined);
  if (points.length === 0) return <p className="govuk-body">No figures to draw for {title.toLowerCase()}.</p>;
  const values = points.flatMap((p) => [p.observed, p.mean, p.upper, p.lower].filter((v): v is number => v !== undefined));
  const top = Math.max(...values, 1);
  const left = labelRoom(format(top));
  const first = points[0]!.at;
  const last = points.at(-1)!.at;
  const x = (at: number) => left + (last === first ? 0 : ((at - first) / (last - first)) * (WIDTH - left - PAD.right));
  const y = (v: number) => PAD.top + (1 - v / top) * (HEIGHT - PAD.top - PAD.bottom);
  const line = (ps: readonly ChartPoint[], value: (p: ChartPoint) => number) => ps.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.at).toFixed(1)},${y(value(p)).toFixed(1)}`).join('');
  const banded = forecast.filter((p) => p.lower !== undefined && p.upper !== undefined);
  const band = banded.length > 1
    ? `${line(banded, (p) => p.upper!)}${[...banded].reverse().map((p) => `L${x(p.at).toFixed(1)},${y(p.lower!).toFixed(1)}`).join('')}Z`
    : null;
  const startsAt = forecast[0];
  const end = forecast.at(-1);
  const rows = points.filter((p, i) => i % tableEvery === 0 || p === observed[0] || p === observed.at(-1) || p === startsAt || p === end);
  const frame = { width: WIDTH, height: HEIGHT, left, ...PAD };
  const between = (lower: number | undefined, upper: number | undefined) => (lower !== undefined && upper !== undefined ? `${format(lower)} to ${format(upper)}` : '');
  const others = otherRange !== undefined && forecast.some((p) => p.otherLower !== undefined && p.otherUpper !== undefined);
  const rangeColumns = [
    ...(banded.length > 0 ? [{ name: range ? `Likely range ${range}` : 'Likely range', numeric: true }] : []),
    ...(others ? [{ name: `Likely range ${otherRange}`, numeric: true }] : []),
  ];
  return (
    <ChartFigure
      id={id}
      title={title}
      description={describe(observed, forecast, format, range)}
      width={WIDTH}
      height={HEIGHT}
      columns={[{ name: 'Period' }, { name: valueName, numeric: true }, ...rangeColumns]}
      rows={rows.map((p) => ({
        key: `${p.label}|${p.mean === undefined ? 'o' : 'f'}`,
        cells: [
          `${p.label}${p.mean !== undefined && p.observed === undefined ? ' (forecast)' : ''}`,
          format(p.mean ?? p.observed ?? 0),
          ...(banded.length > 0 ? [between(p.lower, p.upper)] : []),
          ...(others ? [between(p.otherLower, p.otherUpper)] : []),
        ],
      }))}
    >
      {band && <path d={band} className="app-chart__band" />}
      <ChartAxes frame={frame} y={y} low={0} high={top} format={format} first={points[0]!.label} last={points.at(-1)!.label} />
      {startsAt && observed.length > 0 && (
        <>
          <line x1={x(startsAt.at)} x2={x(startsAt.at)} y1={PAD.top} y2={HEIGHT - PAD.bottom} className="app-chart__rule" />
          <text x={x(startsAt.at) + 4} y={PAD.top + 12}>forecast</text>
        </>
      )}
      {observed.length > 0 && <path d={line(observed, (p) => p.observed!)} className="app-chart__line app-chart__line--observed" />}
      {forecast.length > 0 && <path d={line(forecast, (p) => p.mean!)} className="app-chart__line app-chart__line--forecast" />}
    </ChartFigure>
  );
}

function describe(observed: readonly ChartPoint[], forecast: readonly ChartPoint[], format: (n: number) => string, range: string | undefined): string {
  const parts: string[] = [];
  const o0 = observed[0];
  const o1 = observed.at(-1);
  if (o0 && o1) parts.push(`Observed: ${format(o0.observed!)} in ${o0.label}, ${format(o1.observed!)} in ${o1.label}.`);
  const end = forecast.at(-1);
  if (end) {
    const likely = end.lower !== undefined && end.upper !== undefined ? ` (likely between ${format(end.lower)} and ${format(end.upper)}${range ? `, ${range}` : ''})` : '';
    parts.push(`Forecast: ${format(end.mean!)} in ${end.label}${likely}.`);
  }
  return parts.join(' ');
}
