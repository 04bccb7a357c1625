import { useState, type FormEvent } from 'react';
import type { AuditRecord } from '../../access/audit.ts';
import { query } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { ErrorSummary, Loading, Pagination } from '../components/govuk.tsx';
import { dateTime } from '../format.ts';
import { useLocation, useNavigate } from '../routing/router.tsx';

/** Who read or exported what, newest first, filtered by person, child or dates. Nothing here can be changed. */
export function AuditLog() {
  const { search } = useLocation();
  const navigate = useNavigate();
  const filter = { actor: search.get('actor') ?? '', subject: search.get('subject') ?? '', from: search.get('from') ?? '', to: search.get('to') ?? '' };
  const [form, setForm] = useState(filter);
  const [pages, setPages] = useState<number[]>([]);
  const before = pages.at(-1);
  const { data, error, loading } = useApi<{ entries: AuditRecord[]; next: number | null }>(`/audit${query({ ...filter, before })}`);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setPages([]);
    navigate(`/audit${query(form)}`);
  };
  const field = (name: keyof typeof form, label: string, type = 'text') => (
    <div className="govuk-form-group">
      <label className="govuk-label" htmlFor={`audit-${name}`}>
        {label}
      </label>
      <input className="govuk-input govuk-input--width-20" id={`audit-${name}`} type={type} value={form[name]} onChange={(e) => setForm({ ...form, [name]: e.target.value })} />
    </div>
  );
  return (
    <>
      <form onSubmit={submit} className="govuk-!-margin-bottom-6">
        {field('actor', 'Who (username)')}
        {field('subject', 'Child id or return')}
        {field('from', 'From', 'date')}
        {field('to', 'To', 'date')}
        <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
          Filter
        </button>
      </form>
      {loading && <Loading what="the audit log" />}
      {error && <ErrorSummary title="The audit log could not be loaded" errors={[{ text: error.message }]} />}
      {data && (
        <>
          <div className="app-table-wrapper">
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-table__caption--m">{data.entries.length === 0 ? 'No entries match' : 'Entries, newest first'}</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">When</th>
                  <th scope="col" className="govuk-table__header">Who</th>
                  <th scope="col" className="govuk-table__header">What</th>
                  <th scope="col" className="govuk-table__header">About</th>
                  <th scope="col" className="govuk-table__header">Why</th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {data.entries.map((e) => (
                  <tr className="govuk-table__row" key={e.id}>
                    <td className="govuk-table__cell">{dateTime(e.at)}</td>
                    <td className="govuk-table__cell">{e.actor}</td>
                    <td className="govuk-table__cell">{e.action.replaceAll('-', ' ')}</td>
                    <td className="govuk-table__cell">{e.subject ?? ''}</td>
                    <td className="govuk-table__cell">{e.reason ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination previous={pages.length > 0 ? () => setPages(pages.slice(0, -1)) : null} next={data.next !== null ? () => setPages([...pages, data.next!]) : null} />
        </>
      )}
    </>
  );
}
