import type { IndicatorsView, IndicatorView } from '../../access/views.ts';
import { formatValue } from '../../core/indicators/format-value.ts';
import { useApi } from '../api/use-api.ts';
import { comparisonText } from '../components/benchmarks.tsx';
import { ErrorSummary, Loading } from '../components/govuk.tsx';
import { TrendChart } from '../components/trend-chart.tsx';
import { count, date } from '../format.ts';
import { Link } from '../routing/router.tsx';
import { allows, useSession } from '../session.tsx';

/**
 * Every indicator on one page: its figure for the 12 months, England beside it, and its trend. Each
 * figure leads to the children behind it, for those whose role lets them see children.
 */
export function Dashboard() {
  const { data, error, loading } = useApi<IndicatorsView>('/indicators');
  if (loading) return <Loading what="the indicators" />;
  if (error || !data) return <ErrorSummary title="The indicators could not be loaded" errors={[{ text: error?.message ?? '' }]} />;
  const available = data.indicators.filter((i) => i.available);
  const unavailable = data.indicators.filter((i) => !i.available);
  return (
    <>
      <p className="govuk-body-l">
        The 12 months to {date(data.at)}, from the current returns of {count(data.children)} children.
      </p>
      <div className="govuk-grid-row">
        {available.map((i) => (
          <div className="govuk-grid-column-one-half" key={i.id}>
            <Card indicator={i} population={data.population} />
          </div>
        ))}
      </div>
      {unavailable.length > 0 && (
        <>
          <h2 className="govuk-heading-m">Indicators the returns cannot give</h2>
          <ul className="govuk-list govuk-list--bullet">
            {unavailable.map((i) => (
              <li key={i.id}>
                {i.title}: {i.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function Card({ indicator: i, population }: { indicator: IndicatorView; population: IndicatorsView['population'] }) {
  const { session } = useSession();
  const headline = i.headline!;
  const value = formatValue(headline.value, i.unit);
  const trend = i.months.length > 0 ? i.months : i.years;
  return (
    <section className="app-card" aria-labelledby={`card-${i.id}`}>
      <h2 className="govuk-heading-s" id={`card-${i.id}`}>
        <Link className="govuk-link" to={`/indicators/${i.id}`}>
          {i.title}
        </Link>
      </h2>
      <p className="govuk-heading-l govuk-!-margin-bottom-1">
        {allows(session, 'view-indicator-children') ? (
          <Link className="govuk-link" to={`/indicators/${i.id}/children?period=headline`}>
            {value}
            <span className="govuk-visually-hidden">: the {count(headline.children)} children behind {i.title.toLowerCase()}</span>
          </Link>
        ) : (
          value
        )}
      </p>
      <p className="govuk-body-s">
        {headline.denominator !== null ? `${count(headline.numerator)} of ${count(headline.denominator)} cases. ` : `${count(headline.numerator)} cases. `}
        England: {i.benchmark ? comparisonText(i.benchmark.england, i.unit, i.benchmark.year) : 'not known'}.
      </p>
      {i.unit === 'rate-per-10000' && population && <p className="govuk-body-s">A rate {population.basis}.</p>}
      {headline.value === null && headline.caveats.map((c) => (
        <p className="govuk-body-s" key={c}>
          {c}
        </p>
      ))}
      {i.unit === 'rate-per-10000' && !population && allows(session, 'manage-council-settings') && (
        <p className="govuk-body-s">
          <Link className="govuk-link" to="/settings">
            Enter the council's 0–17 population<span className="govuk-visually-hidden"> for {i.title.toLowerCase()}</span>
          </Link>
        </p>
      )}
      <TrendChart id={`trend-${i.id}`} title={`${i.title}, ${i.months.length > 0 ? 'month by month' : 'year by year'}`} points={trend} unit={i.unit} />
    </section>
  );
}
