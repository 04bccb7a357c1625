import { useState, type FormEvent } from 'react';
import type { ImportView, RuleResultView } from '../../access/views.ts';
import { collectionYear, type CollectionYear } from '../../core/model/collection-year.ts';
import { api, ApiError } from '../api/client.ts';
import { uploadReturn } from '../api/upload.ts';
import { ErrorSummary, NotificationBanner, SummaryList } from '../components/govuk.tsx';
import { RuleResults } from '../components/rule-results.tsx';
import { count, DATASET_NAMES } from '../format.ts';
import { Link } from '../routing/router.tsx';

const YEARS: readonly CollectionYear[] = Array.from({ length: 11 }, (_, i) => collectionYear(2027 - i));

/**
 * Upload a return: the files go to the server, which reads, validates and stores them (or stores
 * nothing and says why); then the return's validation report.
 */
export function Upload() {
  const [files, setFiles] = useState<File[]>([]);
  const [year, setYear] = useState<CollectionYear | ''>('');
  const [progress, setProgress] = useState<{ sent: number; total: number } | null>(null);
  const [stage, setStage] = useState<'idle' | 'sending' | 'checking' | 'done'>('idle');
  const [outcome, setOutcome] = useState<ImportView | null>(null);
  const [rules, setRules] = useState<RuleResultView[]>([]);
  const [error, setError] = useState<{ title: string; text: string } | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setOutcome(null);
    if (files.length === 0) {
      setError({ title: 'There is a problem', text: 'Choose the files of one return: a CIN census XML file, or the SSDA903 CSV tables of one year' });
      return;
    }
    setStage('sending');
    try {
      const result = await uploadReturn(files, { year }, (sent, total) => {
        setProgress({ sent, total });
        if (sent >= total) setStage('checking');
      });
      setOutcome(result);
      if (result.returnId !== null) setRules((await api<{ rules: RuleResultView[] }>(`/returns/${result.returnId}/rules?withFindings=true`)).rules);
    } catch (e) {
      setError(e instanceof ApiError ? { title: e.title, text: e.message } : { title: 'The upload failed', text: String(e instanceof Error ? e.message : e) });
    } finally {
      setStage('done');
      setProgress(null);
    }
  };

  return (
    <>
      {error && <ErrorSummary title={error.title} errors={[{ text: error.text, href: '#return-files' }]} />}
      {outcome && <Outcome outcome={outcome} />}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor="collection-year">
            Collection year
          </label>
          <div id="collection-year-hint" className="govuk-hint">
            A CIN census states its year. SSDA903 tables do not: choose the year, or it is taken from the file names or the latest episode.
          </div>
          <select className="govuk-select" id="collection-year" name="year" aria-describedby="collection-year-hint" value={year} onChange={(e) => setYear(e.target.value as CollectionYear | '')}>
            <option value="">Work it out from the files</option>
            {YEARS.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
          <label className="govuk-label govuk-label--m" htmlFor="return-files">
            The return's files
          </label>
          <div id="return-files-hint" className="govuk-hint">
            A CIN census XML file, or the SSDA903 CSV tables of one year (header, episodes, reviews and the rest)
          </div>
          <input className="govuk-file-upload" id="return-files" name="files" type="file" multiple accept=".xml,.csv,text/xml,text/csv" aria-describedby="return-files-hint" onChange={(e) => setFiles([...(e.target.files ?? [])])} />
        </div>
        <button type="submit" className="govuk-button" data-module="govuk-button" disabled={stage === 'sending' || stage === 'checking'}>
          Upload and check
        </button>
      </form>
      <div aria-live="polite" className="govuk-body">
        {stage === 'sending' && progress && (
          <>
            <label htmlFor="upload-progress">Uploading</label>{' '}
            <progress id="upload-progress" max={progress.total} value={progress.sent}>
              {Math.round((100 * progress.sent) / Math.max(progress.total, 1))}%
            </progress>
          </>
        )}
        {stage === 'checking' && <span>Uploaded. Reading, checking and storing the return…</span>}
      </div>
      {outcome?.returnId != null && rules.length > 0 && (
        <>
          <RuleResults rules={rules} caption="Rules with findings, worst first" />
          <p className="govuk-body">
            <Link className="govuk-link" to={`/data-quality?return=${outcome.returnId}`}>
              See the results child by child, and export them
            </Link>
          </p>
        </>
      )}
    </>
  );
}

function Outcome({ outcome }: { outcome: ImportView }) {
  const title = outcome.status === 'imported' ? 'Return stored' : 'Already stored';
  return (
    <NotificationBanner title={title} success={outcome.status === 'imported'}>
      <p className="govuk-notification-banner__heading">{outcome.message}</p>
      <SummaryList
        rows={[
          ['Return', DATASET_NAMES[outcome.dataset ?? ''] ?? outcome.dataset ?? ''],
          ['Collection year', outcome.year ?? ''],
          ['Children', count(outcome.children)],
          ['Errors', count(outcome.errors)],
          ['Queries', count(outcome.queries)],
          ['Reading problems', count(outcome.problems)],
        ]}
      />
    </NotificationBanner>
  );
}
