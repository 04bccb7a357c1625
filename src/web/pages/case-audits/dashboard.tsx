import type { CaseAuditListItem } from '../../../access/case-audits-access.ts';
import type { FigureView } from '../../../access/views.ts';
import type { CaseAuditDashboard, Interval, PeriodGrades } from '../../../core/case-audits/dashboard.ts';
import { GRADE_NAMES, GRADES } from '../../../core/inspections/grade.ts';
import type { AuditSampleSummary } from '../../../core/case-audits/sampling.ts';
import { formatValue } from '../../../core/indicators/format-value.ts';
import { query } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorSummary, Loading, NotificationBanner, SummaryList, TableHead, Tag } from '../../components/govuk.tsx';
import { FiguresHead } from './figures-head.tsx';
import { TrendChart } from '../../components/trend-chart.tsx';
import { count, date, dateTime } from '../../format.ts';
import { Link } from '../../routing/router.tsx';
import { allows, useSession } from '../../session.tsx';
import { sourceText, STATUS_COLOURS, STATUS_NAMES } from './words.ts';

const percent = (v: number | null) => formatValue(v, 'percent');
/** The figures of a row of grades: how many audits, how many of each grade, the share good or better. */
const GRADE_COLUMNS = ['Audits', ...GRADES.map((g) => GRADE_NAMES[g]), 'Good or better'];

/** A period's share good or better as a point of the trend chart. */
const point = (p: PeriodGrades): FigureView => ({
  label: p.label, start: p.start, end: p.end, value: p.goodOrBetter, numerator: p.grades.outstanding + p.grades.good, denominator: p.audits, children: p.audits, caveats: [],
});

/**
 * What the council's case audits say: grades over time (the moderator's where moderated), themes over
 * time, each of which can become an improvement plan action, and how often moderators agree. Below,
 * the samples drawn and, for those who may read them, the audits still to finish.
 */
export function CaseAuditsDashboard({ interval, drawn }: { interval: Interval; drawn: string | null }) {
  const { session } = useSession();
  const dashboard = useApi<CaseAuditDashboard>(`/case-audits/dashboard${query({ interval })}`);
  const samples = useApi<AuditSampleSummary[]>('/case-audits/samples');
  const audits = useApi<CaseAuditListItem[]>(allows(session, 'read-case-audit') ? '/case-audits/audits' : null);
  if (dashboard.loading || samples.loading) return <Loading what="the case audits" />;
  if (!dashboard.data || !samples.data) return <ErrorSummary title="The case audits could not be loaded" errors={[{ text: (dashboard.error ?? samples.error)?.message ?? '' }]} />;
  const d = dashboard.data;
  const other: Interval = interval === 'month' ? 'quarter' : 'month';
  return (
    <>
      {drawn && (
        <NotificationBanner title="Done" success>
          <p className="govuk-notification-banner__heading">Sample {drawn} drawn: its audits are listed below.</p>
        </NotificationBanner>
      )}
      {allows(session, 'conduct-case-audit') && (
        <Link className="govuk-button" to="/case-audits/samples/new">
          Draw a sample
        </Link>
      )}
      <SummaryList
        rows={[
          ['Audits completed', count(d.overall.audits)],
          ['Good or better', d.overall.audits ? `${percent(d.overall.goodOrBetter)} (the moderator's grade where moderated)` : 'No audit completed yet'],
          ['Moderation agreement', d.moderation.moderated ? `${percent(d.moderation.rate)}: the moderator kept the overall grade of ${count(d.moderation.agreed)} of ${count(d.moderation.moderated)} audits; ${percent(d.moderation.domainRate)} of domain grades` : 'No audit moderated yet'],
          ['Audits to finish', `${count(d.status.planned)} planned, ${count(d.status['in-progress'])} in progress, ${count(d.status.submitted)} awaiting moderation`],
        ]}
      />
      <h2 className="govuk-heading-m">Grades over time</h2>
      <p className="govuk-body">
        By {interval}.{' '}
        <Link className="govuk-link" to={`/case-audits${query({ interval: other })}`}>
          Show by {other}
        </Link>
      </p>
      {d.periods.length > 0 ? (
        <>
          <TrendChart id="good-or-better" title={`Audits graded good or better, by ${interval}`} points={d.periods.map(point)} unit="percent" />
          <div className="app-table-wrapper">
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-table__caption--s">Overall grades by {interval}</caption>
              <FiguresHead columns={['Period', ...GRADE_COLUMNS, 'Moderation agreement']} figures={[...GRADE_COLUMNS, 'Moderation agreement']} />
              <tbody className="govuk-table__body">
                {d.periods.map((p) => (
                  <tr className="govuk-table__row" key={p.key}>
                    <th scope="row" className="govuk-table__header">{p.label}</th>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{count(p.audits)}</td>
                    {GRADES.map((g) => (
                      <td className="govuk-table__cell govuk-table__cell--numeric" key={g}>{count(p.grades[g])}</td>
                    ))}
                    <td className="govuk-table__cell govuk-table__cell--numeric">{percent(p.goodOrBetter)}</td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{p.moderation.moderated ? `${percent(p.moderation.rate)} of ${count(p.moderation.moderated)}` : '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Domains dashboard={d} />
          <Themes dashboard={d} />
        </>
      ) : (
        <p className="govuk-body">No audit has been submitted yet.</p>
      )}
      <Samples samples={samples.data} />
      {audits.data && <AuditsToFinish audits={audits.data} />}
      {audits.error && <ErrorSummary title="The audits could not be loaded" errors={[{ text: audits.error.message }]} />}
    </>
  );
}

function Domains({ dashboard: d }: { dashboard: CaseAuditDashboard }) {
  return (
    <div className="app-table-wrapper">
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Grades by domain</caption>
        <FiguresHead columns={['Domain', ...GRADE_COLUMNS.slice(1)]} figures={GRADE_COLUMNS} />
        <tbody className="govuk-table__body">
          {d.domains.map((x) => (
            <tr className="govuk-table__row" key={x.title}>
              <th scope="row" className="govuk-table__header">{x.title}</th>
              {GRADES.map((g) => (
                <td className="govuk-table__cell govuk-table__cell--numeric" key={g}>{count(x.grades[g])}</td>
              ))}
              <td className="govuk-table__cell govuk-table__cell--numeric">{percent(x.goodOrBetter)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Each theme by period; those who manage the improvement plan can turn one into an action. */
function Themes({ dashboard: d }: { dashboard: CaseAuditDashboard }) {
  const { session } = useSession();
  const planning = allows(session, 'manage-improvement-plan');
  if (d.themes.length === 0) return <p className="govuk-body">No theme has been tagged yet.</p>;
  const periods = d.periods.map((p) => p.label);
  return (
    <div className="app-table-wrapper">
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Themes over time: how many audits found each</caption>
        <FiguresHead columns={['Theme', 'All', ...periods, ...(planning ? ['Improvement plan'] : [])]} figures={['All', ...periods]} />
        <tbody className="govuk-table__body">
          {d.themes.map((t) => (
            <tr className="govuk-table__row" key={t.theme}>
              <th scope="row" className="govuk-table__header">{t.theme}</th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{count(t.total)}</td>
              {t.byPeriod.map((n, i) => (
                <td className="govuk-table__cell govuk-table__cell--numeric" key={d.periods[i]!.key}>{count(n)}</td>
              ))}
              {planning && (
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={`/improvement-plan/actions/new?theme=${encodeURIComponent(t.theme)}`}>
                    Add to the improvement plan<span className="govuk-visually-hidden">: {t.theme}</span>
                  </Link>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Samples({ samples }: { samples: readonly AuditSampleSummary[] }) {
  if (samples.length === 0) return <p className="govuk-body">No sample has been drawn yet.</p>;
  return (
    <div className="app-table-wrapper">
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Samples drawn</caption>
        <TableHead columns={['Sample', 'Drawn', 'How', 'Template', 'Audits']} />
        <tbody className="govuk-table__body">
          {samples.map((s) => (
            <tr className="govuk-table__row" key={s.id}>
              <th scope="row" className="govuk-table__header">{s.id}</th>
              <td className="govuk-table__cell">
                {dateTime(s.drawnAt)} by {s.drawnBy}
              </td>
              <td className="govuk-table__cell">
                {count(Object.values(s.audits).reduce((n, x) => n + x, 0))} drawn from {sourceText(s.method, s.source)}, seed {s.seed}
              </td>
              <td className="govuk-table__cell">{s.template.name}</td>
              <td className="govuk-table__cell">
                {count(s.audits.moderated)} moderated, {count(s.audits.submitted)} submitted, {count(s.audits['in-progress'])} in progress, {count(s.audits.planned)} planned
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function AuditsToFinish({ audits }: { audits: readonly CaseAuditListItem[] }) {
  const open = audits.filter((a) => a.status !== 'moderated');
  const moderated = audits.filter((a) => a.status === 'moderated');
  return (
    <>
      <h2 className="govuk-heading-m">Audits to finish</h2>
      {open.length === 0 ? <p className="govuk-body">Every audit is finished.</p> : <OpenAudits audits={open} />}
      {moderated.length > 0 && <FinishedAudits audits={moderated} />}
    </>
  );
}

function OpenAudits({ audits }: { audits: readonly CaseAuditListItem[] }) {
  return (
    <div className="app-table-wrapper">
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-visually-hidden">Audits to finish</caption>
        <FiguresHead columns={['Audit', 'Sample', 'Auditor', 'Moderator', 'Status', 'Last changed']} figures={['Sample']} />
        <tbody className="govuk-table__body">
          {audits.map((a) => (
            <tr className="govuk-table__row" key={a.id}>
              <td className="govuk-table__cell">
                <Link className="govuk-link" to={`/case-audits/${a.id}`}>
                  Audit of child {a.childId}
                </Link>
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{a.sampleId}</td>
              <td className="govuk-table__cell">{a.auditor}</td>
              <td className="govuk-table__cell">{a.moderator ?? 'Anyone else'}</td>
              <td className="govuk-table__cell">
                <Tag colour={STATUS_COLOURS[a.status]}>{STATUS_NAMES[a.status]}</Tag>
              </td>
              <td className="govuk-table__cell app-nowrap">{date(a.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function FinishedAudits({ audits }: { audits: readonly CaseAuditListItem[] }) {
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{count(audits.length)} moderated audits</span>
      </summary>
      <div className="govuk-details__text">
        <ul className="govuk-list">
          {audits.map((a) => (
            <li key={a.id}>
              <Link className="govuk-link" to={`/case-audits/${a.id}`}>
                Audit of child {a.childId}
              </Link>{' '}
              ({a.overall ? GRADE_NAMES[a.overall] : 'no grade'} by the auditor, submitted {a.submittedAt ? date(a.submittedAt) : ''})
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
