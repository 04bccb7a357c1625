import { useState } from 'react';
import type { ChildResultView, FindingView, ReturnView, RuleResultView } from '../../access/views.ts';
import { query } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { ErrorSummary, Loading, Pagination, TableHead } from '../components/govuk.tsx';
import { RuleResults } from '../components/rule-results.tsx';
import { count, DATASET_NAMES } from '../format.ts';
import { Link, useLocation, useNavigate } from '../routing/router.tsx';
import { allows, useSession } from '../session.tsx';

const PAGE = 50;
const TABS = { rules: 'By rule', children: 'By child', findings: 'Findings' } as const;

/**
 * Data quality of one stored return: its DfE rule results by rule or by child, filtered by type, rule
 * or child, and the whole report as an xlsx workbook (an audited export).
 */
export function DataQuality() {
  const { session } = useSession();
  const { search } = useLocation();
  const navigate = useNavigate();
  const returns = useApi<{ returns: ReturnView[] }>('/returns');
  const current = returns.data?.returns.filter((r) => r.supersededBy === null) ?? [];
  const chosen = Number(search.get('return')) || current[0]?.id || null;
  const asked = search.get('view');
  const view = (asked === 'children' || asked === 'findings') && allows(session, 'view-data-quality-by-child') ? asked : 'rules';
  const severity = search.get('severity') ?? '';
  const rule = search.get('rule') ?? '';
  const child = search.get('child') ?? '';
  const go = (changes: Record<string, string>) => {
    const next = new URLSearchParams(search);
    for (const [k, v] of Object.entries(changes)) if (v) next.set(k, v); else next.delete(k);
    navigate(`/data-quality?${next.toString()}`);
  };

  if (returns.loading) return <Loading what="returns" />;
  if (returns.error) return <ErrorSummary title="The returns could not be loaded" errors={[{ text: returns.error.message }]} />;
  if (chosen === null) return <p className="govuk-body">No returns are loaded yet.</p>;
  const label = (r: ReturnView) => `${DATASET_NAMES[r.dataset] ?? r.dataset} ${r.year}`;

  return (
    <>
      <form className="govuk-!-margin-bottom-6" onSubmit={(e) => e.preventDefault()}>
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor="return">
            Return
          </label>
          <select className="govuk-select" id="return" value={chosen} onChange={(e) => go({ return: e.target.value })}>
            {current.map((r) => (
              <option key={r.id} value={r.id}>
                {label(r)}
              </option>
            ))}
          </select>
        </div>
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor="severity">
            Type
          </label>
          <select className="govuk-select" id="severity" value={severity} onChange={(e) => go({ severity: e.target.value })}>
            <option value="">Errors and queries</option>
            <option value="error">Errors only</option>
            <option value="query">Queries only</option>
          </select>
        </div>
      </form>
      {allows(session, 'view-data-quality-by-child') && (
        <div className="govuk-tabs" data-module="govuk-tabs">
          <h2 className="govuk-tabs__title">Results</h2>
          <ul className="govuk-tabs__list">
            {(['rules', 'children', 'findings'] as const).map((v) => (
              <li key={v} className={`govuk-tabs__list-item${view === v ? ' govuk-tabs__list-item--selected' : ''}`}>
                <Link className="govuk-tabs__tab" to={`/data-quality?${new URLSearchParams({ return: String(chosen), view: v, ...(severity ? { severity } : {}) }).toString()}`} {...(view === v ? { 'aria-current': 'page' as const } : {})}>
                  {TABS[v]}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      {view === 'rules' && <ByRule returnId={chosen} severity={severity} ruleLink={allows(session, 'view-data-quality-by-child') ? (code) => `/data-quality?${new URLSearchParams({ return: String(chosen), view: 'findings', rule: code }).toString()}` : undefined} />}
      {view === 'children' && <ByChild returnId={chosen} />}
      {view === 'findings' && <Findings key={`${rule} ${child}`} returnId={chosen} severity={severity} rule={rule} child={child} onFilter={(f) => go(f)} />}
      {allows(session, 'export-data-quality') && <Export returnId={chosen} />}
    </>
  );
}

function ByRule({ returnId, severity, ruleLink }: { returnId: number; severity: string; ruleLink: ((code: string) => string) | undefined }) {
  const { data, error, loading } = useApi<{ rules: RuleResultView[] }>(`/returns/${returnId}/rules${query({ severity, withFindings: 'true' })}`);
  if (loading) return <Loading what="results by rule" />;
  if (error || !data) return <ErrorSummary title="The results could not be loaded" errors={[{ text: error?.message ?? '' }]} />;
  return <RuleResults rules={data.rules} caption="Rules with findings, worst first" {...(ruleLink ? { ruleLink } : {})} />;
}

function ByChild({ returnId }: { returnId: number }) {
  const { session } = useSession();
  const [offset, setOffset] = useState(0);
  const { data, error, loading } = useApi<{ children: ChildResultView[]; next: boolean }>(`/returns/${returnId}/children${query({ offset, limit: PAGE })}`);
  if (loading) return <Loading what="results by child" />;
  if (error || !data) return <ErrorSummary title="The results could not be loaded" errors={[{ text: error?.message ?? '' }]} />;
  return (
    <>
      <div className="app-table-wrapper">
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">Children with the most to correct first{offset > 0 ? ` (from number ${offset + 1})` : ''}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Child</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Errors</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Queries</th>
              <th scope="col" className="govuk-table__header">Rules</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {data.children.map((c) => (
              <tr className="govuk-table__row" key={c.childId}>
                <td className="govuk-table__cell">{allows(session, 'read-chronology') ? <Link className="govuk-link" to={`/children/${encodeURIComponent(c.childId)}`}>{c.childId}</Link> : c.childId}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{count(c.errors)}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{count(c.queries)}</td>
                <td className="govuk-table__cell">{c.rules.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination previous={offset > 0 ? () => setOffset(Math.max(0, offset - PAGE)) : null} next={data.next ? () => setOffset(offset + PAGE) : null} />
    </>
  );
}

/** Findings cell by cell, for one rule or one child. */
function Findings({ returnId, severity, rule, child, onFilter }: { returnId: number; severity: string; rule: string; child: string; onFilter: (f: { rule: string; child: string }) => void }) {
  const [offset, setOffset] = useState(0);
  const [form, setForm] = useState({ rule, child });
  const { data, error, loading } = useApi<{ findings: FindingView[] }>(`/returns/${returnId}/findings${query({ severity, rule, child, offset, limit: PAGE + 1 })}`);
  return (
    <>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setOffset(0);
          onFilter({ rule: form.rule.trim(), child: form.child.trim() });
        }}
      >
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor="rule-filter">
            Rule
          </label>
          <input className="govuk-input govuk-input--width-10" id="rule-filter" value={form.rule} onChange={(e) => setForm({ ...form, rule: e.target.value })} />
        </div>
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor="child-filter">
            Child id
          </label>
          <input className="govuk-input govuk-input--width-10" id="child-filter" value={form.child} onChange={(e) => setForm({ ...form, child: e.target.value })} />
        </div>
        <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
          Filter
        </button>
      </form>
      {loading && <Loading what="findings" />}
      {error && <ErrorSummary title="The findings could not be loaded" errors={[{ text: error.message }]} />}
      {data && (
        <>
          <div className="app-table-wrapper">
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-table__caption--m">{data.findings.length === 0 ? 'No findings match' : 'Findings cell by cell'}</caption>
              <TableHead columns={['Rule', 'Type', 'Child', 'Where', 'Value', 'Line']} />
              <tbody className="govuk-table__body">
                {data.findings.slice(0, PAGE).map((f, i) => (
                  <tr className="govuk-table__row" key={i}>
                    <td className="govuk-table__cell">{f.rule}</td>
                    <td className="govuk-table__cell">{f.severity}</td>
                    <td className="govuk-table__cell">{f.childId ?? ''}</td>
                    <td className="govuk-table__cell">
                      {f.table}/{f.field}
                    </td>
                    <td className="govuk-table__cell">{f.value ?? '(blank)'}</td>
                    <td className="govuk-table__cell">{f.line ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination previous={offset > 0 ? () => setOffset(Math.max(0, offset - PAGE)) : null} next={data.findings.length > PAGE ? () => setOffset(offset + PAGE) : null} />
        </>
      )}
    </>
  );
}

/** The export is a plain form: the browser downloads the workbook, and the server audits it with the reason given. */
function Export({ returnId }: { returnId: number }) {
  return (
    <form method="get" action={`/api/returns/${returnId}/findings.xlsx`} className="govuk-!-margin-top-6">
      <h2 className="govuk-heading-m">Export</h2>
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor="export-reason">
          Why do you need the export?
        </label>
        <div id="export-reason-hint" className="govuk-hint">
          The workbook lists children's ids. The export and your reason are recorded in the audit log.
        </div>
        <input className="govuk-input" id="export-reason" name="reason" required aria-describedby="export-reason-hint" />
      </div>
      <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
        Download the report (xlsx)
      </button>
    </form>
  );
}
