import type { FigureView, IndicatorsView, IndicatorView, SplitView } from '../../access/views.ts';
import { formatValue } from '../../core/indicators/format-value.ts';
import { query } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Benchmarks } from '../components/benchmarks.tsx';
import { ErrorSummary, Loading, SummaryList, TableHead } from '../components/govuk.tsx';
import { TrendChart } from '../components/trend-chart.tsx';
import { count, date } from '../format.ts';
import { Link } from '../routing/router.tsx';
import { allows, useSession } from '../session.tsx';

const DIMENSIONS: Readonly<Record<SplitView['dimension'], string>> = { age: 'Age', sex: 'Sex', ethnicity: 'Ethnicity', disability: 'Disability', need: 'Primary need' };

/** One indicator: what it counts, how it compares, month by month and year by year, and split by characteristics. */
export function IndicatorPage({ id }: { id: string }) {
  const { data, error, loading } = useApi<IndicatorsView>('/indicators');
  if (loading) return <Loading what="the indicator" />;
  const indicator = data?.indicators.find((i) => i.id === id);
  if (error || !data || !indicator) return <ErrorSummary title="The indicator could not be shown" errors={[{ text: error?.message ?? `There is no indicator ${id}.` }]} />;
  if (!indicator.available) return <p className="govuk-body">{indicator.title}: {indicator.reason}</p>;
  const own = formatValue(indicator.headline!.value, indicator.unit);
  return (
    <>
      <h2 className="govuk-heading-m">{indicator.title}</h2>
      <SummaryList
        rows={[
          ['The 12 months to', date(data.at)],
          ['Figure', own],
          ...(indicator.unit === 'rate-per-10000' ? [['Rate', data.population ? `A rate ${data.population.basis}` : "Not known until the council enters its 0–17 population"] as const] : []),
          ['What is counted', indicator.definition],
          ['Variant', indicator.variant],
          ['Source of the definition', indicator.source ? <a className="govuk-link" href={indicator.source.url}>{indicator.source.title}</a> : 'Defined by Sightline'],
        ]}
      />
      {indicator.headline!.caveats.map((c) => (
        <div className="govuk-inset-text" key={c}>
          {c}
        </div>
      ))}
      {indicator.benchmark && <Benchmarks benchmark={indicator.benchmark} unit={indicator.unit} own={own} />}
      {indicator.months.length > 0 && (
        <>
          <h2 className="govuk-heading-m">Month by month</h2>
          <TrendChart id="trend-months" title={`${indicator.title}, month by month`} points={indicator.months} unit={indicator.unit} />
          <Figures indicator={indicator} caption="Month by month" figures={indicator.months} />
        </>
      )}
      <h2 className="govuk-heading-m">Year by year</h2>
      <TrendChart id="trend-years" title={`${indicator.title}, year by year`} points={indicator.years} unit={indicator.unit} />
      <Figures indicator={indicator} caption="Year by year" figures={indicator.years} />
      <h2 className="govuk-heading-m">The 12 months split by characteristics</h2>
      {indicator.splits.map((s) => (
        <Split key={s.dimension} split={s} indicator={indicator} />
      ))}
    </>
  );
}

/** The figures each row of a period's or a group's table gives. */
const FIGURE_COLUMNS = ['Value', 'Cases', 'Children'];

/** A table of figures; the children behind each one are a link away, for roles that may see them. */
function Figures({ indicator, caption, figures }: { indicator: IndicatorView; caption: string; figures: readonly FigureView[] }) {
  const { session } = useSession();
  const drill = allows(session, 'view-indicator-children');
  return (
    <div className="app-table-wrapper">
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
        <TableHead columns={['Period', ...FIGURE_COLUMNS]} numeric={FIGURE_COLUMNS} />
        <tbody className="govuk-table__body">
          {figures.map((f) => (
            <tr className="govuk-table__row" key={f.label}>
              <th scope="row" className="govuk-table__header">{f.label}</th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{formatValue(f.value, indicator.unit)}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{f.denominator !== null ? `${count(f.numerator)} of ${count(f.denominator)}` : count(f.numerator)}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {drill && f.children > 0 ? (
                  <Link className="govuk-link" to={`/indicators/${indicator.id}/children${query({ period: f.label })}`}>
                    {count(f.children)}
                    <span className="govuk-visually-hidden"> children in {f.label}</span>
                  </Link>
                ) : (
                  count(f.children)
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Split({ split, indicator }: { split: SplitView; indicator: IndicatorView }) {
  return (
    <div className="app-table-wrapper">
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--s">By {DIMENSIONS[split.dimension].toLowerCase()}</caption>
        <TableHead columns={[DIMENSIONS[split.dimension], ...FIGURE_COLUMNS]} numeric={FIGURE_COLUMNS} />
        <tbody className="govuk-table__body">
          {split.groups.map((g) => (
            <tr className="govuk-table__row" key={g.group}>
              <th scope="row" className="govuk-table__header">{g.group}</th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{formatValue(g.value, indicator.unit)}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{g.denominator !== null ? `${count(g.numerator)} of ${count(g.denominator)}` : count(g.numerator)}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{count(g.children)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
