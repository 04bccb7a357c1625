import { useState, type FormEvent } from 'react';
import type { WorklistItemView, WorklistView } from '../../access/views.ts';
import { query } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { ErrorSummary, Loading, NotificationBanner, TableHead, Tag } from '../components/govuk.tsx';
import { count, date } from '../format.ts';
import { Link, useLocation, useNavigate } from '../routing/router.tsx';
import { allows, useSession } from '../session.tsx';

const SEVERITY_COLOUR = { high: 'red', medium: 'yellow', low: 'grey' } as const;

/**
 * What is overdue or of concern, child by child, for a team or a worker: most severe first, then longest
 * overdue. A manager acknowledges an item with a reason; it comes back if the situation persists.
 */
export function Worklist() {
  const { search } = useLocation();
  const navigate = useNavigate();
  const filter = { team: search.get('team') ?? '', worker: search.get('worker') ?? '' };
  const [form, setForm] = useState(filter);
  const { data, error, loading } = useApi<WorklistView>(`/worklist${query({ ...filter, limit: 500 })}`);
  const acknowledged = search.get('acknowledged');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(`/worklist${query(form)}`);
  };
  const select = (name: 'team' | 'worker', label: string, options: readonly string[]) => (
    <div className="govuk-form-group">
      <label className="govuk-label" htmlFor={`worklist-${name}`}>
        {label}
      </label>
      <select className="govuk-select" id={`worklist-${name}`} value={form[name]} onChange={(e) => setForm({ ...form, [name]: e.target.value })}>
        <option value="">All</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <>
      {acknowledged && (
        <NotificationBanner title="Done" success>
          <p className="govuk-notification-banner__heading">Item acknowledged. It will come back if the situation persists.</p>
        </NotificationBanner>
      )}
      {data && (
        <form onSubmit={submit} className="govuk-!-margin-bottom-6">
          {select('team', 'Team', data.teams)}
          {select('worker', 'Worker', data.workers)}
          <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
            Show the list
          </button>
        </form>
      )}
      {loading && <Loading what="the worklist" />}
      {error && <ErrorSummary title="The worklist could not be loaded" errors={[{ text: error.message }]} />}
      {data && (
        <>
          <p className="govuk-body">
            On {date(data.at)}: {count(data.total)} items{data.items.length < data.total ? `, the first ${count(data.items.length)} shown` : ''}.
          </p>
          <Items caption="Overdue or of concern, most severe first" items={data.items} />
          {data.acknowledged.length > 0 && (
            <details className="govuk-details">
              <summary className="govuk-details__summary">
                <span className="govuk-details__summary-text">{count(data.acknowledged.length)} acknowledged items</span>
              </summary>
              <div className="govuk-details__text">
                <Items caption="Acknowledged, not back on the list" items={data.acknowledged} />
              </div>
            </details>
          )}
          {data.notRun.length > 0 && (
            <div className="govuk-inset-text">
              Not checked, for want of records:
              <ul className="govuk-list govuk-list--bullet">
                {data.notRun.map((n) => (
                  <li key={n.rule}>
                    {n.rule}: {n.reason}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </>
  );
}

function Items({ caption, items }: { caption: string; items: readonly WorklistItemView[] }) {
  const { session } = useSession();
  const canAcknowledge = allows(session, 'acknowledge-drift');
  const chronology = allows(session, 'read-chronology');
  return (
    <div className="app-table-wrapper">
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
        <TableHead columns={['Child', 'What', 'Since', 'Working days overdue', 'Severity', 'Team and worker', 'Acknowledged']} numeric={['Working days overdue']} />
        <tbody className="govuk-table__body">
          {items.map((i) => (
            <tr className="govuk-table__row" key={i.id}>
              <td className="govuk-table__cell app-nowrap">
                {chronology ? (
                  <Link className="govuk-link" to={`/children/${encodeURIComponent(i.childId)}`}>
                    Child {i.childId}
                  </Link>
                ) : (
                  `Child ${i.childId}`
                )}
              </td>
              <td className="govuk-table__cell">
                {i.what}
                {i.state === 'concern' ? ' (a concern)' : ''}
              </td>
              <td className="govuk-table__cell app-nowrap">{date(i.since)}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{count(i.overdueWorkingDays)}</td>
              <td className="govuk-table__cell">
                <Tag colour={SEVERITY_COLOUR[i.severity]}>{i.severity}</Tag>
              </td>
              <td className="govuk-table__cell">
                {i.team}, {i.worker}
              </td>
              <td className="govuk-table__cell">
                {i.acknowledgement && (
                  <p className="govuk-body-s govuk-!-margin-bottom-1">
                    By {i.acknowledgement.by}: {i.acknowledgement.reason}
                    {i.acknowledgement.until ? ` (review ${date(i.acknowledgement.until)})` : ''}
                    {i.acknowledgement.returned ? `. Back: ${i.acknowledgement.returned}.` : ''}
                  </p>
                )}
                {canAcknowledge && (!i.acknowledgement || i.acknowledgement.returned) && (
                  <Link className="govuk-link" to={`/worklist/acknowledge${query({ item: i.id })}`}>
                    Acknowledge<span className="govuk-visually-hidden"> {i.what.toLowerCase()} for child {i.childId}</span>
                  </Link>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
