import type { ReturnView } from '../../access/views.ts';
import { useApi } from '../api/use-api.ts';
import { ErrorSummary, Loading, TableHead, Tag } from '../components/govuk.tsx';
import { count, DATASET_NAMES, dateTime } from '../format.ts';
import { Link } from '../routing/router.tsx';
import { allows, useSession } from '../session.tsx';

/** The council's data: each return loaded, when and by whom, and how it fared against the DfE's rules. */
export function Home() {
  const { session } = useSession();
  const { data, error, loading } = useApi<{ la: string; returns: ReturnView[] }>('/returns');
  if (loading) return <Loading what="your council's returns" />;
  if (error || !data) return <ErrorSummary title="The returns could not be loaded" errors={[{ text: error?.message ?? 'No answer from the server.' }]} />;
  const current = data.returns.filter((r) => r.supersededBy === null);
  const older = data.returns.filter((r) => r.supersededBy !== null);
  return (
    <>
      <p className="govuk-body-l">
        Local authority {data.la}: {current.length === 0 ? 'no returns loaded yet.' : `${current.length} current returns.`}
      </p>
      {current.length === 0 && allows(session, 'upload-return') && (
        <p className="govuk-body">
          <Link className="govuk-link" to="/upload">
            Upload a return
          </Link>{' '}
          to begin.
        </p>
      )}
      {current.length > 0 && <ReturnsTable caption="Returns loaded" returns={current} linkToQuality={allows(session, 'view-data-quality')} />}
      {older.length > 0 && (
        <details className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">{older.length} earlier versions, kept but replaced</span>
          </summary>
          <div className="govuk-details__text">
            <ReturnsTable caption="Earlier versions" returns={older} linkToQuality={false} />
          </div>
        </details>
      )}
    </>
  );
}

function ReturnsTable({ caption, returns, linkToQuality }: { caption: string; returns: readonly ReturnView[]; linkToQuality: boolean }) {
  return (
    <div className="app-table-wrapper">
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
        <TableHead columns={['Return', 'Year', 'Loaded', 'Children', 'Validation']} numeric={['Children']} />
        <tbody className="govuk-table__body">
          {returns.map((r) => (
            <tr className="govuk-table__row" key={r.id}>
              <td className="govuk-table__cell">{linkToQuality ? <Link className="govuk-link" to={`/data-quality?return=${r.id}`}>{DATASET_NAMES[r.dataset] ?? r.dataset}</Link> : DATASET_NAMES[r.dataset] ?? r.dataset}</td>
              <td className="govuk-table__cell">{r.year}</td>
              <td className="govuk-table__cell">
                {dateTime(r.importedAt)} by {r.importedBy}
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{count(r.children)}</td>
              <td className="govuk-table__cell">
                <ValidationStatus errors={r.errors} queries={r.queries} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ValidationStatus({ errors, queries }: { errors: number; queries: number }) {
  if (errors > 0) return <Tag colour="red">{count(errors)} errors{queries ? `, ${count(queries)} queries` : ''}</Tag>;
  if (queries > 0) return <Tag colour="yellow">{count(queries)} queries</Tag>;
  return <Tag colour="green">Passes</Tag>;
}
