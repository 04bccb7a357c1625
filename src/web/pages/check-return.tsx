import { useCallback, useRef, useState, type DragEvent } from 'react';
import { collectionYear, type CollectionYear } from '../../core/model/collection-year.ts';
import type { CheckMessage, ReturnReport } from '../workers/check-messages.ts';
import { ValidationView } from '../components/validation-view.tsx';

/** Newest first; the DfE rules cover 2022/23 onwards, the readers every year since 2016/17. */
const YEARS: readonly CollectionYear[] = Array.from({ length: 11 }, (_, i) => collectionYear(2027 - i));

/**
 * Check a return: an analyst drops a CIN census or SSDA903 tables and sees what is in them and what is
 * wrong, with nothing uploaded: the files are read by a web worker in this browser.
 */
export function CheckReturn() {
  const [reports, setReports] = useState<ReturnReport[]>([]);
  const [progress, setProgress] = useState<{ file: string; done: number; total: number } | null>(null);
  const [status, setStatus] = useState<'idle' | 'checking' | 'done' | 'failed'>('idle');
  const [failure, setFailure] = useState('');
  const [dragging, setDragging] = useState(false);
  const [year, setYear] = useState<CollectionYear | ''>('');
  const worker = useRef<Worker | null>(null);

  const check = useCallback((files: File[]) => {
    if (!files.length) return;
    worker.current?.terminate();
    const w = new Worker(new URL('../workers/check.worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    setReports([]);
    setStatus('checking');
    w.onmessage = (event: MessageEvent<CheckMessage>) => {
      const m = event.data;
      if (m.type === 'progress') setProgress({ file: m.file, done: m.done, total: m.total });
      else if (m.type === 'report') setReports((r) => [...r, m.report]);
      else if (m.type === 'done') {
        setStatus('done');
        setProgress(null);
        w.terminate();
      } else {
        setStatus('failed');
        setFailure(m.message);
        w.terminate();
      }
    };
    w.postMessage(year ? { files, year } : { files });
  }, [year]);

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    check([...event.dataTransfer.files]);
  };

  return (
    <>
      <p className="govuk-body-l">Check a CIN census or an SSDA903 return before you send it or load it.</p>
      <p className="govuk-body">Your files are read in this browser. Nothing is uploaded.</p>
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor="collection-year">
          Collection year
        </label>
        <div id="collection-year-hint" className="govuk-hint">
          A CIN census states its year. SSDA903 files do not: choose the year, or it is taken from the file names or the latest episode date.
        </div>
        <select className="govuk-select" id="collection-year" aria-describedby="collection-year-hint" value={year} onChange={(e) => setYear(e.target.value as CollectionYear | '')}>
          <option value="">Work it out from the files</option>
          {YEARS.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <div
        className={`app-drop-zone${dragging ? ' app-drop-zone--active' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <div className="govuk-form-group">
          <label className="govuk-label govuk-label--m" htmlFor="return-files">
            Choose files or drop them here
          </label>
          <div id="return-files-hint" className="govuk-hint">
            A CIN census XML file, or the SSDA903 CSV tables of one year (header, episodes, reviews and the rest)
          </div>
          <input
            className="govuk-file-upload"
            id="return-files"
            name="return-files"
            type="file"
            multiple
            accept=".xml,.csv,text/xml,text/csv"
            aria-describedby="return-files-hint"
            onChange={(e) => check([...(e.target.files ?? [])])}
          />
        </div>
      </div>

      <div aria-live="polite" className="govuk-body">
        {status === 'checking' && progress && (
          <>
            <label htmlFor="check-progress">Reading {progress.file}</label>{' '}
            <progress id="check-progress" max={progress.total} value={progress.done}>
              {Math.round((100 * progress.done) / Math.max(progress.total, 1))}%
            </progress>
          </>
        )}
        {status === 'checking' && !progress && <span>Checking…</span>}
        {status === 'done' && <span>Checked {reports.length === 1 ? '1 return' : `${reports.length} returns`}.</span>}
      </div>

      {status === 'failed' && (
        <div className="govuk-error-summary" role="alert">
          <h2 className="govuk-error-summary__title">The check could not finish</h2>
          <div className="govuk-error-summary__body">
            <p className="govuk-body">{failure}</p>
          </div>
        </div>
      )}

      {reports.map((r) => (
        <ReportView key={r.name} report={r} />
      ))}
    </>
  );
}

function ReportView({ report }: { report: ReturnReport }) {
  const title = report.dataset === 'cin' ? 'CIN census' : report.dataset === 'ssda903' ? 'SSDA903 return' : 'File not recognised';
  const errors = report.problems.filter((p) => p.severity === 'error').length;
  return (
    <section className="govuk-!-margin-bottom-9" aria-labelledby={`h-${slug(report.name)}`}>
      <h2 className="govuk-heading-m" id={`h-${slug(report.name)}`}>
        {title}: {report.name}
      </h2>
      {report.unreadable ? (
        <p className="govuk-body">This could not be read as a CIN census (XML) or SSDA903 tables (CSV).</p>
      ) : (
        <dl className="govuk-summary-list">
          <SummaryRow label="Collection year" value={report.year ?? 'not stated'} />
          {report.la && <SummaryRow label="Local authority code" value={report.la} />}
          {report.counts.map(([label, n]) => (
            <SummaryRow key={label} label={label} value={n.toLocaleString('en-GB')} />
          ))}
        </dl>
      )}
      {report.notes.map((n) => (
        <div className="govuk-inset-text" key={n}>
          {n}
        </div>
      ))}
      {report.validation && <ValidationView name={report.name} validation={report.validation} />}
      <h3 className="govuk-heading-s">
        {report.problems.length === 0
          ? 'The file reads cleanly'
          : `${report.problems.length.toLocaleString('en-GB')} reading problems (${errors.toLocaleString('en-GB')} errors)`}
      </h3>
      {report.problems.length > 0 && (
        <div className="app-table-wrapper">
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-visually-hidden">Reading problems in {report.name}</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">Line</th>
                <th scope="col" className="govuk-table__header">Child</th>
                <th scope="col" className="govuk-table__header">Field</th>
                <th scope="col" className="govuk-table__header">Value</th>
                <th scope="col" className="govuk-table__header">Problem</th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {report.problems.slice(0, 500).map((p, i) => (
                <tr className="govuk-table__row" key={i}>
                  <td className="govuk-table__cell">{p.line ?? ''}</td>
                  <td className="govuk-table__cell">{p.child ?? ''}</td>
                  <td className="govuk-table__cell">{p.field ?? p.path ?? ''}</td>
                  <td className="govuk-table__cell">{p.value ?? ''}</td>
                  <td className="govuk-table__cell">{p.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function SummaryRow({ label, value }: { label: string; value: string }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{value}</dd>
    </div>
  );
}

function slug(text: string): string {
  return text.replace(/[^A-Za-z0-9]+/g, '-');
}
