import type { InspectionView } from '../../../access/inspections-access.ts';
import { ACTIONABLE_FINDINGS, FINDING_KIND_NAMES, GRADE_NAMES, JUDGEMENT_NAMES, KIND_NAMES } from '../../../core/inspections/model.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorSummary, Loading, NotificationBanner, SummaryList, TableHead } from '../../components/govuk.tsx';
import { date, dateTime } from '../../format.ts';
import { Link } from '../../routing/router.tsx';
import { allows, useSession } from '../../session.tsx';
import { dateRange } from './judgement-words.ts';

/**
 * One of the council's inspections or visits: its details, judgements and findings (each recommendation
 * and area for priority action one click from an improvement-plan action), and every change with who made it.
 */
export function InspectionRecord({ id, saved }: { id: string; saved: string | null }) {
  const { session } = useSession();
  const { data, error, loading } = useApi<InspectionView>(`/inspections/${encodeURIComponent(id)}`);
  if (loading) return <Loading what="the record" />;
  if (error || !data) return <ErrorSummary title="The record could not be loaded" errors={[{ text: error?.message ?? 'No answer' }]} />;
  const planning = allows(session, 'manage-improvement-plan');
  return (
    <>
      {saved && (
        <NotificationBanner title="Done" success>
          <p className="govuk-notification-banner__heading">{saved === 'corrected' ? 'Correction saved. The earlier version is kept below.' : 'Inspection or visit recorded.'}</p>
        </NotificationBanner>
      )}
      <p className="govuk-body">
        <Link className="govuk-link" to="/inspections">All inspections</Link>
      </p>
      <SummaryList
        rows={[
          ['Kind', KIND_NAMES[data.kind]],
          ['Dates', dateRange(data.start, data.end)],
          ['Published', data.published ? date(data.published) : 'Not yet'],
          ...(data.focus ? [['Focus', data.focus] as const] : []),
          ...(data.reportUrl ? [['Report', <a className="govuk-link" href={data.reportUrl} rel="noreferrer noopener" target="_blank" key="report">{data.reportUrl} (opens in a new tab)</a>] as const] : []),
          ['Recorded', `${dateTime(data.recordedAt)} by ${data.recordedBy}`],
          ['Last changed', `${dateTime(data.updatedAt)} by ${data.updatedBy}`],
        ]}
      />
      {allows(session, 'record-inspection') && (
        <Link to={`/inspections/${data.id}/edit`} className="govuk-button govuk-button--secondary" data-module="govuk-button" role="button">
          Correct this record
        </Link>
      )}

      <h2 className="govuk-heading-m">Judgements</h2>
      {data.judgements.length === 0 ? (
        <p className="govuk-body">{data.kind === 'standard-inspection' || data.kind === 'short-inspection' ? 'No grade recorded yet.' : 'Not graded: visits have no judgements.'}</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s">Judgements</caption>
          <TableHead columns={['Judgement', 'Grade']} />
          <tbody className="govuk-table__body">
            {data.judgements.map((j) => (
              <tr className="govuk-table__row" key={j.type}>
                <th scope="row" className="govuk-table__header">{JUDGEMENT_NAMES[j.type]}</th>
                <td className="govuk-table__cell">{GRADE_NAMES[j.grade]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2 className="govuk-heading-m">Findings</h2>
      {data.findings.length === 0 ? (
        <p className="govuk-body">No findings recorded.</p>
      ) : (
        <ol className="govuk-list">
          {data.findings.map((f) => (
            <li key={f.id} className="app-card">
              <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{f.seq}. {FINDING_KIND_NAMES[f.kind]}</h3>
              <p className="govuk-body">{f.text}</p>
              {planning && ACTIONABLE_FINDINGS.includes(f.kind) && (
                <Link className="govuk-link" to={`/improvement-plan/actions/new?finding=${f.id}`}>
                  Make this an action in the improvement plan<span className="govuk-visually-hidden">: {FINDING_KIND_NAMES[f.kind].toLowerCase()} {f.seq}</span>
                </Link>
              )}
            </li>
          ))}
        </ol>
      )}

      <h2 className="govuk-heading-m">History</h2>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--s">Every change to this record, oldest first</caption>
        <TableHead columns={['Version', 'When', 'Who', 'What changed']} />
        <tbody className="govuk-table__body">
          {data.history.map((h) => (
            <tr className="govuk-table__row" key={h.revision}>
              <th scope="row" className="govuk-table__header">{h.revision}</th>
              <td className="govuk-table__cell">{dateTime(h.changedAt)}</td>
              <td className="govuk-table__cell">{h.changedBy}</td>
              <td className="govuk-table__cell">{h.changes.length ? h.changes.join('; ') : 'Saved with no change'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
