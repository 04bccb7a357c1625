import { useState, type ReactNode } from 'react';
import type { ScenarioView } from '../../../access/forecast-access.ts';
import type { ComparisonView } from '../../../core/forecast/comparison.ts';
import { defaultCostsAbout } from '../../../core/forecast/costs-default.ts';
import { backtestSentence, type ForecastView } from '../../../core/forecast/view.ts';
import { dayNumber } from '../../../core/model/dates.ts';
import { query } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { ForecastChart, type ChartPoint } from '../../components/forecast-chart.tsx';
import { ErrorSummary, Loading, NotificationBanner, TableHead, Tag } from '../../components/govuk.tsx';
import { date, dateTime } from '../../format.ts';
import { Link } from '../../routing/router.tsx';
import { allows, useSession } from '../../session.tsx';
import { BandChoice, type Band } from './band-choice.tsx';
import { ComparisonTables } from './comparison-tables.tsx';
import { children, money, quarterWords, simulatedRange, VARIANCE_RANGE } from './words.ts';

/**
 * The care population and placement spend forecast: the base or a saved scenario, charted with its
 * history and likely range by placement category and in total, its cost by quarter past and future, how
 * far to trust it (the backtest), the council's scenarios beside the base, and downloads. The likely range
 * is the model's variance until a simulated one is asked for; the closed form stays shown while it is
 * worked out.
 */
export function ForecastPage({ scenarioId, saved }: { scenarioId: number | null; saved: boolean }) {
  const { session } = useSession();
  const [band, setBand] = useState<Band>('closed-form');
  const { data: view, error, loading } = useApi<ForecastView>(`/forecast${query({ scenario: scenarioId })}`);
  const simulated = useApi<ForecastView>(band === 'simulated' ? `/forecast${query({ scenario: scenarioId, band })}` : null);
  const scenarios = useApi<{ scenarios: ScenarioView[] }>('/forecast/scenarios');
  const comparison = useApi<ComparisonView>('/forecast/comparison');
  if (loading) return <Loading what="the forecast" />;
  if (error || !view) return <ErrorSummary title="The forecast could not be worked out" errors={[{ text: error?.message ?? '' }]} />;
  const manage = allows(session, 'manage-forecast-scenarios');
  const described = scenarios.data?.scenarios.find((s) => s.id === scenarioId);
  // The files carry the simulated range too while the page shows it.
  const download = (format: string) => `/api/forecast.${format}${query({ scenario: scenarioId, ...(band === 'simulated' ? { band } : {}) })}`;
  return (
    <>
      {saved && view.scenario && (
        <NotificationBanner title="Success" success>
          <p className="govuk-notification-banner__heading">Scenario “{view.scenario.name}” saved.</p>
        </NotificationBanner>
      )}
      <p className="govuk-body-l">
        {view.scenario ? `Scenario “${view.scenario.name}”: children` : 'Children'} looked after and what their placements cost, from the SSDA903 returns ({date(view.dataStart)} to {date(view.dataEnd)}), forecast from {date(view.start)} to {date(view.end)}.
      </p>
      {described?.description && <p className="govuk-body">{described.description}</p>}
      <p className="govuk-body">
        Rates of entering care, leaving it and moving between placements are those of {date(view.reference.from)} to {date(view.reference.to)}, held constant.
        {view.settings.provision ? ' In-house and external provision are modelled as separate placement types.' : ''}
        {view.scenario && <> <Link className="govuk-link" to="/forecast">Show the base forecast</Link>.</>}
      </p>
      <div className="govuk-inset-text" id="backtest">
        <p className="govuk-body govuk-!-font-weight-bold">{backtestSentence(view.backtest)}</p>
        {view.backtest.groups.length > 0 && <BacktestTable view={view} />}
      </div>

      <h2 className="govuk-heading-l">Children in care</h2>
      <BandChoice shown={band} status={bandStatus(band, simulated)} onChoose={setBand} />
      <PopulationCharts view={band === 'simulated' && simulated.data ? simulated.data : view} />

      <h2 className="govuk-heading-l">Cost</h2>
      <CostSection view={view} />

      <h2 className="govuk-heading-l">Scenarios</h2>
      {scenarios.data && <ScenarioList scenarios={scenarios.data.scenarios} shown={scenarioId} manage={manage} />}
      {manage && (
        <Link to="/forecast/scenarios/new" className="govuk-button govuk-button--secondary" data-module="govuk-button">
          Create a scenario
        </Link>
      )}
      {comparison.data && <ComparisonTables comparison={comparison.data} />}
      {comparison.error && <p className="govuk-body">The comparison could not be worked out: {comparison.error.message}</p>}

      <h2 className="govuk-heading-l">Download</h2>
      <ul className="govuk-list">
        <li>
          <a className="govuk-link" href={download('xlsx')} download>
            Download this forecast as a spreadsheet (xlsx, with the comparison{band === 'simulated' ? ' and the simulated range' : ''})
          </a>
        </li>
        <li>
          <a className="govuk-link" href={download('csv')} download>
            Download this forecast as CSV{band === 'simulated' ? ' (with the simulated range)' : ''}
          </a>
        </li>
      </ul>
      {view.notes.length > 0 && (
        <Details summary="How the data was prepared">
          <ul className="govuk-list govuk-list--bullet">
            {view.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </Details>
      )}
    </>
  );
}

function BacktestTable({ view }: { view: ForecastView }) {
  return (
    <Details summary="The test by placement type" last>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--s">Forecast against what happened, {view.backtest.months} months to {view.backtest.end ? date(view.backtest.end) : ''}</caption>
        <TableHead columns={['Placement type', 'Average error', 'Forecast at the end', 'Actual at the end']} />
        <tbody className="govuk-table__body">
          {view.backtest.groups.map((g) => (
            <tr className="govuk-table__row" key={g.group}>
              <th scope="row" className="govuk-table__header">{g.group}</th>
              <td className="govuk-table__cell">{g.days === 0 ? 'nobody there to compare' : `${g.mape.toFixed(1)}%`}</td>
              <td className="govuk-table__cell">{children(g.forecastAtEnd)}</td>
              <td className="govuk-table__cell">{children(g.actualAtEnd)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Details>
  );
}

function Details({ summary, last = false, children }: { summary: string; last?: boolean; children: ReactNode }) {
  return (
    <details className={`govuk-details${last ? ' govuk-!-margin-bottom-0' : ''}`}>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{summary}</span>
      </summary>
      <div className="govuk-details__text">{children}</div>
    </details>
  );
}

/** What the choice of range is doing, read out as it changes. */
function bandStatus(band: Band, simulated: { data: ForecastView | null; error: { message: string } | null; loading: boolean }): string {
  if (band === 'closed-form') return '';
  if (simulated.error) return `The simulated range could not be worked out (${simulated.error.message}): the charts show the range ${VARIANCE_RANGE}.`;
  const runs = simulated.data?.simulated?.runs;
  if (simulated.loading || runs === undefined) return 'Working out the simulated runs…';
  return `The charts show the likely range ${simulatedRange(runs)}.`;
}

/** The chart of one group: its history, then its forecast and likely range (the simulated one, when the view has it, with the model's beside it). */
function groupPoints(view: ForecastView, group: number): ChartPoint[] {
  const simulated = view.simulated?.forecast;
  return [
    ...view.history.map((h) => ({ label: date(h.date), at: dayNumber(h.date), observed: h.values[group]! })),
    ...view.forecast.map((p, i) => {
      const point = { label: date(p.date), at: dayNumber(p.date), mean: p.mean[group]! };
      const s = simulated?.[i];
      return s ? { ...point, lower: s.lower[group]!, upper: s.upper[group]!, otherLower: p.lower[group]!, otherUpper: p.upper[group]! } : { ...point, lower: p.lower[group]!, upper: p.upper[group]! };
    }),
  ];
}

function PopulationCharts({ view }: { view: ForecastView }) {
  const total = view.groups.length - 1;
  const runs = view.simulated?.runs;
  const range = runs === undefined ? { range: VARIANCE_RANGE } : { range: simulatedRange(runs), otherRange: VARIANCE_RANGE };
  const chart = (g: number) => (
    <ForecastChart
      id={`children-${g}`}
      title={`Children in care: ${view.groups[g] === 'Total' ? 'all placements' : view.groups[g]!}`}
      points={groupPoints(view, g)}
      format={children}
      tableEvery={13}
      valueName="Children"
      {...range}
    />
  );
  const shaded = view.simulated
    ? `the middle ${Math.round(view.simulated.coverage * 100)}% of ${view.simulated.runs.toLocaleString('en-GB')} simulated runs (seed ${view.simulated.seed}); each chart’s table gives the range ${VARIANCE_RANGE} beside it`
    : `two standard deviations either side, ${VARIANCE_RANGE}`;
  return (
    <>
      <p className="govuk-body">The solid line is what the returns show; the dashed line is the forecast, and the shaded area the range it is likely to fall in ({shaded}).</p>
      {chart(total)}
      <div className="govuk-grid-row">
        {view.groups.slice(0, total).map((g, i) => (
          <div className="govuk-grid-column-one-half" key={g}>
            <h3 className="govuk-heading-s">{g}</h3>
            {chart(i)}
          </div>
        ))}
      </div>
    </>
  );
}

function CostSection({ view }: { view: ForecastView }) {
  const quarters = [...view.costs.history, ...view.costs.quarters];
  const points: ChartPoint[] = quarters.map((q, i) => (i < view.costs.history.length ? { label: quarterWords(q.quarter), at: i, observed: q.total } : { label: quarterWords(q.quarter), at: i, mean: q.total }));
  const placeholders = view.costs.items.filter((i) => i.placeholder);
  return (
    <>
      <p className="govuk-body">
        The first year of the forecast costs <strong>{money(view.costs.yearOne)}</strong>
        {view.withoutChanges ? `, against ${money(view.withoutChanges.yearOne)} at the same prices without this scenario’s changes` : ''}.
        {view.costs.inflation !== null ? ` Prices rise by ${Math.round(view.costs.inflation * 1000) / 10}% a year.` : ''}
      </p>
      {placeholders.length > 0 && (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">!</span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            {placeholders.length} of the weekly costs are placeholders, not real prices: {placeholders.map((p) => p.item).join(', ')}. Enter your council’s own costs in a scenario.
          </strong>
        </div>
      )}
      <ForecastChart id="cost" title="Cost per quarter" points={points} format={money} valueName="Cost" />
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Weekly costs used</caption>
        <TableHead columns={['Placement', 'Weekly cost', 'Where it comes from', 'First year']} />
        <tbody className="govuk-table__body">
          {view.costs.items.map((i) => (
            <tr className="govuk-table__row" key={i.item}>
              <th scope="row" className="govuk-table__header">{i.item}</th>
              <td className="govuk-table__cell">
                {money(i.weekly)} {i.placeholder && <Tag colour="yellow">Placeholder</Tag>}
              </td>
              <td className="govuk-table__cell govuk-body-s">{i.source}{i.date ? ` (${date(i.date)})` : ''}</td>
              <td className="govuk-table__cell">{money(i.yearOne)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="govuk-body-s">{defaultCostsAbout}</p>
    </>
  );
}

function ScenarioList({ scenarios, shown, manage }: { scenarios: readonly ScenarioView[]; shown: number | null; manage: boolean }) {
  if (scenarios.length === 0) return <p className="govuk-body">No scenarios have been saved yet.{manage ? ' Create one to try a change of practice or local costs.' : ''}</p>;
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m">Saved scenarios</caption>
      <TableHead columns={['Scenario', 'What it tries', 'Last saved', manage ? 'Show or change' : 'Show']} />
      <tbody className="govuk-table__body">
        {scenarios.map((s) => (
          <tr className="govuk-table__row" key={s.id}>
            <th scope="row" className="govuk-table__header">{s.name}</th>
            <td className="govuk-table__cell">{s.description || '—'}</td>
            <td className="govuk-table__cell">{dateTime(s.updatedAt)} by {s.updatedBy}</td>
            <td className="govuk-table__cell">
              {s.id === shown ? 'Shown above' : (
                <Link className="govuk-link" to={`/forecast?scenario=${s.id}`}>
                  Show<span className="govuk-visually-hidden"> {s.name}</span>
                </Link>
              )}
              {manage && (
                <>
                  {' '}
                  <Link className="govuk-link" to={`/forecast/scenarios/${s.id}`}>
                    Change<span className="govuk-visually-hidden"> {s.name}</span>
                  </Link>
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
