import { useEffect, useMemo, useState } from 'react';
import type { ReturnReport } from '../workers/check-messages.ts';
import { TableHead } from './govuk.tsx';
import { RuleResults } from './rule-results.tsx';

/**
 * The DfE rule results of one return: the counts, every rule worst first (with how to fix it), the
 * first findings cell by cell, and the whole report as an xlsx workbook to download.
 */
export function ValidationView({ name, validation }: { name: string; validation: NonNullable<ReturnReport['validation']> }) {
  const { counts, rules, findings } = validation;
  const [url, setUrl] = useState('');
  useEffect(() => {
    const blobUrl = URL.createObjectURL(new Blob([validation.workbook as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
    setUrl(blobUrl);
    return () => URL.revokeObjectURL(blobUrl);
  }, [validation.workbook]);
  const broken = useMemo(() => rules.filter((r) => r.findings > 0 || r.status === 'failed'), [rules]);
  const notRun = useMemo(() => rules.filter((r) => r.status === 'skipped'), [rules]);
  const fileName = `${name.replace(/\.[^.]+$/, '').replace(/[^A-Za-z0-9_-]+/g, '-')}-validation.xlsx`;

  return (
    <>
      <h3 className="govuk-heading-m">DfE validation rules</h3>
      <div className="govuk-grid-row">
        <Figure label="errors" value={counts.errors} />
        <Figure label="queries" value={counts.queries} />
        <Figure label="rules run" value={counts.ran} />
        <Figure label="rules skipped" value={counts.skipped} />
      </div>
      {url && (
        <p className="govuk-body">
          <a className="govuk-link" href={url} download={fileName}>
            Download the full report (xlsx, {counts.errors + counts.queries} findings)
          </a>
        </p>
      )}
      {broken.length > 0 && <RuleResults rules={broken} caption="Rules with findings, worst first" captionSize="s" />}
      {findings.length > 0 && (
        <details className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">
              Findings cell by cell{findings.length < counts.errors + counts.queries ? ` (the first ${findings.length}; the workbook has all)` : ''}
            </span>
          </summary>
          <div className="govuk-details__text app-table-wrapper">
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-visually-hidden">Findings in {name}</caption>
              <TableHead columns={['Rule', 'Child', 'Line', 'Field', 'Value', 'Related cells']} />
              <tbody className="govuk-table__body">
                {findings.map((f, i) => (
                  <tr className="govuk-table__row" key={i}>
                    <td className="govuk-table__cell">{f.rule}</td>
                    <td className="govuk-table__cell">{f.child}</td>
                    <td className="govuk-table__cell">{f.line}</td>
                    <td className="govuk-table__cell">
                      {f.table}/{f.field}
                    </td>
                    <td className="govuk-table__cell">{f.value}</td>
                    <td className="govuk-table__cell">{f.related}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
      {notRun.length > 0 && (
        <details className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">{notRun.length} rules were not run, and why</span>
          </summary>
          <div className="govuk-details__text">
            <ul className="govuk-list govuk-list--bullet">
              {notRun.map((r) => (
                <li key={`${r.code}-${r.message}`}>
                  {r.code}: {r.note}
                </li>
              ))}
            </ul>
          </div>
        </details>
      )}
    </>
  );
}

function Figure({ label, value }: { label: string; value: number }) {
  return (
    <div className="govuk-grid-column-one-quarter">
      <p className="govuk-body">
        <span className="govuk-heading-l govuk-!-margin-bottom-0">{value.toLocaleString('en-GB')}</span>
        {label}
      </p>
    </div>
  );
}
