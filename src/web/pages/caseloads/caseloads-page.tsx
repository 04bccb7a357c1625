import { useState, type FormEvent } from 'react';
import type { CaseloadsView } from '../../../access/caseloads-access.ts';
import type { FigureView } from '../../../access/views.ts';
import type { CaseloadTrendPoint } from '../../../core/caseloads/caseloads.ts';
import { CASE_KIND_NAMES, CASE_KINDS } from '../../../core/caseloads/open-case.ts';
import { api, query } from '../../api/client.ts';
import { ErrorSummary, Loading, NotificationBanner, SummaryList, TableHead } from '../../components/govuk.tsx';
import { FiguresHead } from '../case-audits/figures-head.tsx';
import { TrendChart } from '../../components/trend-chart.tsx';
import { count, date, dateTime } from '../../format.ts';
import { Link, useNavigate } from '../../routing/router.tsx';
import { allows, useSession } from '../../session.tsx';
import { errorFor, TextInput } from '../../components/form-fields.tsx';
import { useReloaded } from '../case-audits/use-reloaded.ts';
import { errorsOf } from '../case-audits/words.ts';
import { DistributionChart } from './distribution-chart.tsx';

/** The unallocated children listed at most; the rest are counted. */
const LISTED = 200;
const orNone = (n: number | null) => (n === null ? '–' : String(n));
const TEAM_FIGURES = ['Open cases', 'With no worker', 'Workers', 'Average caseload', 'Highest caseload', 'Over the limit'];

/** A month of the trend as a point of a trend chart. */
const points = (trend: readonly CaseloadTrendPoint[], value: (p: CaseloadTrendPoint) => number | null): FigureView[] =>
  trend.map((p) => ({ label: p.label, start: `${p.label}-01`, end: p.on, value: value(p), numerator: p.openCases, denominator: null, children: p.openCases, caveats: [] }));

const TRENDS: readonly { id: string; title: string; value: (p: CaseloadTrendPoint) => number | null }[] = [
  { id: 'trend-average', title: 'Average caseload', value: (p) => p.averageCaseload },
  { id: 'trend-highest', title: 'Highest caseload', value: (p) => p.highestCaseload },
  { id: 'trend-over', title: 'Workers over the limit', value: (p) => p.overLimit },
  { id: 'trend-unallocated', title: 'Children with no social worker', value: (p) => p.unallocated },
];

/**
 * Social workers' caseloads on a date: how they are spread, each team's, the workers over the council's
 * limit, the children with an open case and no worker, and the year before it month by month. Those who
 * manage the council's settings change the limit here.
 */
export function Caseloads({ on }: { on: string | null }) {
  const { session } = useSession();
  const navigate = useNavigate();
  const [version, setVersion] = useState(0);
  const [day, setDay] = useState(on ?? '');
  const [saved, setSaved] = useState(false);
  const { data: view, error } = useReloaded<CaseloadsView>(`/caseloads${query({ on })}`, version);
  if (error) {
    return (
      <>
        <ErrorSummary title="The caseloads could not be loaded" errors={errorsOf(error, () => undefined)} />
        <p className="govuk-body">
          <Link className="govuk-link" to="/caseloads">
            Show the latest caseloads
          </Link>
        </p>
      </>
    );
  }
  if (!view) return <Loading what="the caseloads" />;
  const c = view.caseloads;
  const show = (event: FormEvent) => {
    event.preventDefault();
    navigate(`/caseloads${query({ on: day })}`);
  };
  return (
    <>
      {saved && (
        <NotificationBanner title="Done" success>
          <p className="govuk-notification-banner__heading">The caseload limit is now {view.limit.value}.</p>
        </NotificationBanner>
      )}
      <form onSubmit={show} className="govuk-!-margin-bottom-6" noValidate>
        <TextInput id="caseloads-on" label="Caseloads on" hint={`The returns reach ${date(view.at)}.`} type="date" width={10} value={day || view.at} onChange={setDay} />
        <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
          Show the caseloads
        </button>
      </form>
      <SummaryList
        rows={[
          ['On', `${date(c.on)}${view.team ? `, ${view.team} only` : ''}`],
          ['Children with an open case', count(c.summary.openCases)],
          ['Social workers with a caseload', count(c.summary.workers)],
          ['Average caseload', orNone(c.summary.averageCaseload)],
          ['Highest caseload', orNone(c.summary.highestCaseload)],
          ['Caseload limit', `${view.limit.value} children${view.limit.isDefault ? " (Sightline's default: a common local target, not a legal limit)" : `, set by ${view.limit.updatedBy} on ${dateTime(view.limit.updatedAt!)}`}`],
          ['Workers over the limit', count(c.summary.overLimit)],
          ['Children with no social worker', CASE_KINDS.map((k) => `${count(c.summary.byKind[k].unallocated)} of ${count(c.summary.byKind[k].open)} ${CASE_KIND_NAMES[k].toLowerCase()}`).join('; ')],
        ]}
      />
      <div className="govuk-inset-text">
        <p className="govuk-body">
          A looked-after child's worker is the one the SSDA903 return names on the date (its social worker id, SW_ID). Every other child's worker, and a
          looked-after child's when the return names none, is the one the council's case management system has allocated to the case. A child with an
          open case and neither has no social worker: the case is waiting for one.
        </p>
        <p className="govuk-body">
          Workers are shown by id, never by name. The case management system's allocations are as they stand now, so earlier dates and the last 12
          months count each child with the worker allocated today.
        </p>
      </div>
      <h2 className="govuk-heading-m">How caseloads are spread</h2>
      <DistributionChart bars={c.distribution} limit={c.limit} />
      <Teams view={view} />
      <OverLimit view={view} />
      <Unallocated view={view} />
      <h2 className="govuk-heading-m">The last 12 months</h2>
      {TRENDS.map((t) => (
        <section key={t.id} aria-labelledby={`${t.id}-heading`}>
          <h3 className="govuk-heading-s" id={`${t.id}-heading`}>
            {t.title}
          </h3>
          <TrendChart id={t.id} title={`${t.title}, month by month`} points={points(view.trend, t.value)} unit="count" />
        </section>
      ))}
      {allows(session, 'manage-council-settings') && (
        <LimitForm
          current={view.limit.value}
          onSaved={() => {
            setSaved(true);
            setVersion(version + 1);
          }}
        />
      )}
    </>
  );
}

function Teams({ view }: { view: CaseloadsView }) {
  return (
    <div className="app-table-wrapper">
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">By team</caption>
        <FiguresHead columns={['Team', ...TEAM_FIGURES]} figures={TEAM_FIGURES} />
        <tbody className="govuk-table__body">
          {view.caseloads.teams.map((t) => (
            <tr className="govuk-table__row" key={t.team}>
              <th scope="row" className="govuk-table__header">{t.team}</th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{count(t.openCases)}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{count(t.unallocated)}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{count(t.workers)}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{orNone(t.averageCaseload)}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{orNone(t.highestCaseload)}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{count(t.overLimit)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="govuk-body-s">A worker counts in the team that holds most of their children: the SSDA903 return names no team for its workers.</p>
    </div>
  );
}

function OverLimit({ view }: { view: CaseloadsView }) {
  const over = view.caseloads.workers.filter((w) => w.overLimit);
  if (over.length === 0) return <p className="govuk-body">No social worker is over the limit of {view.caseloads.limit} children.</p>;
  return (
    <div className="app-table-wrapper">
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Workers over the limit of {view.caseloads.limit}</caption>
        <FiguresHead columns={['Worker', 'Team', 'Children']} figures={['Children']} />
        <tbody className="govuk-table__body">
          {over.map((w) => (
            <tr className="govuk-table__row" key={w.worker}>
              <th scope="row" className="govuk-table__header">{w.worker}</th>
              <td className="govuk-table__cell">{w.team ?? 'No team'}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{count(w.children)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The children with an open case and no worker, most intensive case first; only for those who may see children. */
function Unallocated({ view }: { view: CaseloadsView }) {
  const { session } = useSession();
  const children = view.caseloads.unallocated;
  if (children === null) return <p className="govuk-body">{count(view.caseloads.summary.unallocated)} children with an open case have no social worker. Your role sees the number, not the children.</p>;
  if (children.length === 0) return <p className="govuk-body">Every child with an open case has a social worker.</p>;
  const sorted = [...children].sort((a, b) => CASE_KINDS.indexOf(a.kind) - CASE_KINDS.indexOf(b.kind) || a.childId.localeCompare(b.childId));
  const chronology = allows(session, 'read-chronology');
  return (
    <div className="app-table-wrapper">
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Children with an open case and no social worker</caption>
        <TableHead columns={['Child', 'Case', 'Team']} />
        <tbody className="govuk-table__body">
          {sorted.slice(0, LISTED).map((u) => (
            <tr className="govuk-table__row" key={u.childId}>
              <td className="govuk-table__cell">
                {chronology ? (
                  <Link className="govuk-link" to={`/children/${encodeURIComponent(u.childId)}`}>
                    Child {u.childId}
                  </Link>
                ) : (
                  `Child ${u.childId}`
                )}
              </td>
              <td className="govuk-table__cell">{CASE_KIND_NAMES[u.kind]}</td>
              <td className="govuk-table__cell">{u.team ?? 'No team'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {sorted.length > LISTED && <p className="govuk-body-s">The first {LISTED} of {count(sorted.length)} are shown.</p>}
    </div>
  );
}

function LimitForm({ current, onSaved }: { current: number; onSaved: () => void }) {
  const [limit, setLimit] = useState(String(current));
  const [errors, setErrors] = useState<{ text: string; href?: string }[]>([]);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!/^\d+$/.test(limit.trim())) {
      setErrors([{ text: 'Enter the limit as a whole number of children', href: '#caseload-limit' }]);
      return;
    }
    try {
      await api('/caseloads/limit', { method: 'PUT', body: { limit: Number(limit) } });
      setErrors([]);
      onSaved();
    } catch (e) {
      setErrors(errorsOf(e, (f) => (f === 'limit' ? '#caseload-limit' : undefined)));
    }
  };
  return (
    <form onSubmit={(e) => void save(e)} noValidate>
      <h2 className="govuk-heading-m">Change the caseload limit</h2>
      {errors.length > 0 && <ErrorSummary title="There is a problem" errors={errors} />}
      <TextInput id="caseload-limit" label="Children per social worker" hint="A council setting: workers with more children than this are shown as over the limit. The change is recorded in the audit log." type="number" width={4} value={limit} onChange={setLimit} error={errorFor(errors, 'caseload-limit')} />
      <button type="submit" className="govuk-button" data-module="govuk-button">
        Save the limit
      </button>
    </form>
  );
}
