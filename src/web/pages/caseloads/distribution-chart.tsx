import { count } from '../../format.ts';

const WIDTH = 600;
const HEIGHT = 200;
const PAD = { left: 40, right: 12, top: 24, bottom: 36 };
/** GOV.UK blue, and red for caseloads over the limit (the limit line and the table say the same in words). */
const COLOURS = { within: '#1d70b8', over: '#d4351c' } as const;

/**
 * How many social workers hold each caseload, as bars, with the limit marked: an SVG image with a title
 * and a description in words, and the same figures as a table for anyone who cannot see the picture.
 */
export function DistributionChart({ bars, limit }: { bars: readonly { caseload: number; workers: number }[]; limit: number }) {
  const top = Math.max(1, ...bars.map((b) => b.workers));
  const step = (WIDTH - PAD.left - PAD.right) / Math.max(1, bars.length);
  const y = (v: number) => PAD.top + (1 - v / top) * (HEIGHT - PAD.top - PAD.bottom);
  const workers = bars.reduce((n, b) => n + b.workers, 0);
  const over = bars.filter((b) => b.caseload > limit).reduce((n, b) => n + b.workers, 0);
  const busiest = bars.reduce((a, b) => (b.workers > a.workers ? b : a), bars[0] ?? { caseload: 0, workers: 0 });
  const limitX = PAD.left + limit * step;
  return (
    <figure className="govuk-!-margin-0 govuk-!-margin-bottom-4">
      <svg className="app-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="caseload-distribution-title caseload-distribution-desc">
        <title id="caseload-distribution-title">Social workers by caseload</title>
        <desc id="caseload-distribution-desc">
          {workers === 0
            ? 'No social worker holds a case on this date.'
            : `${count(workers)} workers; the most common caseload is ${busiest.caseload} children (${count(busiest.workers)} workers); ${count(over)} workers are over the limit of ${limit}.`}
        </desc>
        <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} className="app-chart__axis" />
        <text x={PAD.left - 6} y={y(top) + 5} textAnchor="end">{top}</text>
        <text x={PAD.left - 6} y={y(0)} textAnchor="end">0</text>
        {bars.map((b, i) => (
          <rect key={b.caseload} x={PAD.left + i * step + 1} width={Math.max(1, step - 2)} y={y(b.workers)} height={y(0) - y(b.workers)} fill={b.caseload > limit ? COLOURS.over : COLOURS.within} />
        ))}
        <text x={PAD.left + step / 2} y={HEIGHT - 14} textAnchor="middle">1</text>
        <text x={PAD.left + (bars.length - 0.5) * step} y={HEIGHT - 14} textAnchor="middle">{bars.length}</text>
        <text x={(PAD.left + WIDTH - PAD.right) / 2} y={HEIGHT - 1} textAnchor="middle">children per worker</text>
        <line x1={limitX} x2={limitX} y1={PAD.top - 8} y2={y(0)} className="app-chart__axis" strokeDasharray="4 3" />
        <text x={limitX} y={PAD.top - 10} textAnchor={limitX > WIDTH - 60 ? 'end' : 'middle'}>{`limit ${limit}`}</text>
      </svg>
      <details className="govuk-details govuk-!-margin-bottom-2">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">Social workers by caseload: the figures as a table</span>
        </summary>
        <div className="govuk-details__text">
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--s">Social workers by caseload</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">Children</th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">Workers</th>
                <th scope="col" className="govuk-table__header">Over the limit</th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {bars.filter((b) => b.workers > 0).map((b) => (
                <tr className="govuk-table__row" key={b.caseload}>
                  <th scope="row" className="govuk-table__header govuk-table__header--numeric">{b.caseload}</th>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{count(b.workers)}</td>
                  <td className="govuk-table__cell">{b.caseload > limit ? 'Yes' : 'No'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
