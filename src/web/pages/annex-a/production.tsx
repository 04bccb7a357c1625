import { useEffect, useState } from 'react';
import type { AnnexAJobView } from '../../../access/annex-a-views.ts';
import { api, ApiError } from '../../api/client.ts';
import { ErrorSummary, NotificationBanner, TableHead } from '../../components/govuk.tsx';
import { count, date, dateTime } from '../../format.ts';

/** How often a production under way is asked about. */
const POLL_MS = 400;

const underWay = (job: AnnexAJobView) => job.stage === 'reading' || job.stage === 'writing';

const apiError = (e: unknown) => (e instanceof ApiError ? e : new ApiError(0, 'Something went wrong', String(e instanceof Error ? e.message : e), {}));

/** Follows a production while it is under way: the latest state the server gave, or the error that stopped the asking. */
function useProduction(started: AnnexAJobView): { job: AnnexAJobView; error: ApiError | null; refresh: () => Promise<void> } {
  const [job, setJob] = useState(started);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    if (!underWay(job)) return;
    let live = true;
    const timer = setTimeout(() => {
      api<AnnexAJobView>(`/annex-a/productions/${job.id}`).then((next) => live && setJob(next), (e: unknown) => live && setError(apiError(e)));
    }, POLL_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [job]);
  const refresh = () => api<AnnexAJobView>(`/annex-a/productions/${job.id}`).then(setJob, (e: unknown) => setError(apiError(e)));
  return { job, error, refresh };
}

/**
 * Downloads the workbook (fetched, then saved by the browser), so that the page knows when it has come
 * and can say so, or say why it did not.
 */
async function download(job: AnnexAJobView): Promise<void> {
  const response = await fetch(`/api/annex-a/productions/${job.id}/workbook`, { credentials: 'same-origin' });
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    throw new ApiError(response.status, String(body.title ?? 'The download failed'), String(body.detail ?? ''), body);
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = job.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A production's progress as it happens, then its workbook to download once, or why there is none. */
export function Production({ started }: { started: AnnexAJobView }) {
  const { job, error, refresh } = useProduction(started);
  const [downloadError, setDownloadError] = useState<ApiError | null>(null);
  const save = async () => {
    setDownloadError(null);
    await download(job).catch((e: unknown) => setDownloadError(apiError(e)));
    await refresh();
  };
  return (
    <section aria-labelledby="production-heading" className="govuk-!-margin-top-6">
      <h2 className="govuk-heading-m" id="production-heading">
        Annex A as of {date(job.at)}, looking back {job.months} months
      </h2>
      {error && <ErrorSummary title="Its progress could not be read" errors={[{ text: error.message }]} />}
      {downloadError && <ErrorSummary title="The workbook could not be downloaded" errors={[{ text: downloadError.message }]} />}
      <div aria-live="polite" className="govuk-body">
        {underWay(job) && (
          <>
            <label htmlFor="annex-a-progress">Producing Annex A</label>{' '}
            <progress id="annex-a-progress" max={100} value={job.percent}>
              {job.percent}%
            </progress>{' '}
            {job.percent}%<p className="govuk-body">{job.activity}.</p>
          </>
        )}
        {job.stage === 'ready' && (
          <NotificationBanner title="Annex A is ready" success>
            <p className="govuk-body">
              It can be downloaded once, until {dateTime(job.availableUntil!)}: the server then keeps no copy. The download is recorded in the audit log.
            </p>
            <button type="button" className="govuk-button govuk-!-margin-bottom-0" data-module="govuk-button" onClick={() => void save()}>
              Download {job.fileName}
            </button>
          </NotificationBanner>
        )}
        {job.stage === 'downloaded' && <p className="govuk-body">{job.activity}.</p>}
      </div>
      {(job.stage === 'failed' || job.stage === 'expired') && <ErrorSummary title="There is no workbook" errors={[{ text: job.activity }]} />}
      {job.lists.length > 0 && (
        <div className="app-table-wrapper">
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--s">Rows in each list</caption>
            <TableHead columns={['Sheet', 'List', 'Rows']} />
            <tbody className="govuk-table__body">
              {job.lists.map((l) => (
                <tr className="govuk-table__row" key={l.list}>
                  <th scope="row" className="govuk-table__header">{l.sheet}</th>
                  <td className="govuk-table__cell">{l.subject}</td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{count(l.rows)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {job.lists.length > 0 && (
        <p className="govuk-body">
          {count(job.unfilled)} columns Ofsted asks for are left empty where the data cannot fill them; the workbook's Cover sheet lists each with the reason.
        </p>
      )}
    </section>
  );
}
