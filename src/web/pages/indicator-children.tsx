import type { IndicatorChildrenView } from '../../access/views.ts';
import { query } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { ErrorSummary, Loading } from '../components/govuk.tsx';
import { count, date } from '../format.ts';
import { Link } from '../routing/router.tsx';
import { allows, useSession } from '../session.tsx';

/** The children behind one of an indicator's numbers, each leading to their chronology. Opening it is audited. */
export function IndicatorChildren({ id, period }: { id: string; period: string }) {
  const { session } = useSession();
  const { data, error, loading } = useApi<IndicatorChildrenView>(`/indicators/${encodeURIComponent(id)}/children${query({ period })}`);
  if (loading) return <Loading what="the children" />;
  if (error || !data) return <ErrorSummary title="The children could not be shown" errors={[{ text: error?.message ?? '' }]} />;
  const chronology = allows(session, 'read-chronology');
  return (
    <>
      <p className="govuk-body">
        <Link className="govuk-link" to={`/indicators/${data.indicatorId}`}>
          {data.title}
        </Link>
        , {data.period.label === `12 months to ${data.period.end}` ? 'the 12 months' : data.period.label} ({date(data.period.start)} to {date(data.period.end)}).
      </p>
      <div className="app-table-wrapper">
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">{count(data.total)} children behind the figure</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Child</th>
              <th scope="col" className="govuk-table__header">Cases (date: counted or not)</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {data.children.map((c) => (
              <tr className="govuk-table__row" key={c.childId}>
                <td className="govuk-table__cell">
                  {chronology ? (
                    <Link className="govuk-link" to={`/children/${encodeURIComponent(c.childId)}`}>
                      Child {c.childId}
                    </Link>
                  ) : (
                    `Child ${c.childId}`
                  )}
                </td>
                <td className="govuk-table__cell">
                  {c.cases.map((k) => `${date(k.date)}: ${k.counted ? 'counted' : 'not counted'}${k.value !== null ? ` (${k.value})` : ''}`).join('; ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
