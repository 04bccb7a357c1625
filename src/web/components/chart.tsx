import type { ReactNode } from 'react';

/**
 * What every chart shares: the picture as an SVG image named by its title and described in words, and
 * the same figures as a table for anyone who cannot see the picture.
 */

/** A column of a chart's table; numeric ones are right-aligned. */
export interface FigureColumn {
  readonly name: string;
  readonly numeric?: boolean;
}

/** A row of a chart's table: its first cell heads the row (a period, a grade), one cell for each column. */
export interface FigureRow {
  readonly key: string;
  readonly cells: readonly ReactNode[];
}

/** An SVG image with a title and a description; `id` names both for aria-labelledby. */
export function ChartImage({ id, title, description, width, height, children }: { id: string; title: string; description: ReactNode; width: number; height: number; children: ReactNode }) {
  return (
    <svg className="app-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {children}
    </svg>
  );
}

/** A chart's figures as a GOV.UK table, captioned with the chart's title. */
export function FiguresTable({ title, columns, rows }: { title: string; columns: readonly FigureColumn[]; rows: readonly FigureRow[] }) {
  const numeric = (i: number) => columns[i]?.numeric === true;
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--s">{title}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {columns.map((c, i) => (
            <th scope="col" className={`govuk-table__header${numeric(i) ? ' govuk-table__header--numeric' : ''}`} key={c.name}>
              {c.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((r) => (
          <tr className="govuk-table__row" key={r.key}>
            {r.cells.map((cell, i) =>
              i === 0 ? (
                <th scope="row" className={`govuk-table__header${numeric(i) ? ' govuk-table__header--numeric' : ''}`} key={i}>
                  {cell}
                </th>
              ) : (
                <td className={`govuk-table__cell${numeric(i) ? ' govuk-table__cell--numeric' : ''}`} key={i}>
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * A chart as a figure: the image (`children` draw inside it), then its figures as a table, folded in a
 * "the figures as a table" details unless `tableShown`.
 */
export function ChartFigure({ id, title, description, width, height, columns, rows, tableShown = false, children }: {
  id: string;
  title: string;
  description: ReactNode;
  width: number;
  height: number;
  columns: readonly FigureColumn[];
  rows: readonly FigureRow[];
  tableShown?: boolean;
  children: ReactNode;
}) {
  const table = <FiguresTable title={title} columns={columns} rows={rows} />;
  return (
    <figure className="govuk-!-margin-0 govuk-!-margin-bottom-4">
      <ChartImage id={id} title={title} description={description} width={width} height={height}>
        {children}
      </ChartImage>
      {tableShown ? table : (
        <details className="govuk-details govuk-!-margin-bottom-2">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">{title}: the figures as a table</span>
          </summary>
          <div className="govuk-details__text">{table}</div>
        </details>
      )}
    </figure>
  );
}

/** Where a chart draws: the image's size and the plot's margins inside it. */
export interface ChartFrame {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/**
 * A line chart's axes: the value axis from `low` to `high`, labelled at both ends, and the time axis at
 * `low`, labelled with its first and last periods. `y` places a value.
 */
export function ChartAxes({ frame, y, low, high, format, first, last }: {
  frame: ChartFrame;
  y: (value: number) => number;
  low: number;
  high: number;
  format: (value: number) => string;
  first: string;
  last: string;
}) {
  const { width, height, left, right, top, bottom } = frame;
  return (
    <>
      <line x1={left} x2={width - right} y1={y(low)} y2={y(low)} className="app-chart__axis" />
      <line x1={left} x2={left} y1={top} y2={height - bottom} className="app-chart__axis" />
      <text x={left - 6} y={y(high) + 5} textAnchor="end">{format(high)}</text>
      <text x={left - 6} y={y(low)} textAnchor="end">{format(low)}</text>
      <text x={left} y={height - 8}>{first}</text>
      <text x={width - right} y={height - 8} textAnchor="end">{last}</text>
    </>
  );
}
