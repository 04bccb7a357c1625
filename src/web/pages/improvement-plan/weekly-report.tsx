import type { ReactNode } from 'react';
import type { WeeklyReportView } from '../../../access/improvement-plan-views.ts';
import { STATUS_NAMES } from '../../../core/improvement-plan/plan.ts';
import { RAG_NAMES, RAGS } from '../../../core/improvement-plan/rag.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorSummary, Loading, TableHead } from '../../components/govuk.tsx';
import { count, date, dateTime } from '../../format.ts';
import { Link } from '../../routing/router.tsx';
import { RagTag, RiskTag } from './rag-tag.tsx';
import './print.css';

/**
 * The weekly report for the improvement board, as a page to print (the print stylesheet leaves out
 * the navigation and these links) and as an xlsx workbook: RAG counts now and a week ago, what moved,
 * what changed, overdue milestones and the top risks.
 */
export function WeeklyReportPage() {
  const { data, error, loading } = useApi<WeeklyReportView>('/improvement-plan/report');
  if (loading) return <Loading what="the weekly report" />;
  if (error || !data) return <ErrorSummary title="The report could not be loaded" errors={[{ text: error?.message ?? 'Something went wrong.' }]} />;
  return (
    <div className="app-print-report">
      <p className="govuk-body-l">
        Council {data.la}: the week from {date(data.since)} to {date(data.on)}.
      </p>
      <div className="govuk-button-group app-no-print">
        <a className="govuk-button govuk-button--secondary" href="/api/improvement-plan/report.xlsx" download>
          Download the report (xlsx)
        </a>
        <button type="button" className="govuk-button govuk-button--secondary" data-module="govuk-button" onClick={() => window.print()}>
          Print the report
        </button>
        <Link className="govuk-link" to="/improvement-plan">
          Back to the improvement plan
        </Link>
      </div>

      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Actions by RAG</caption>
        <TableHead columns={['RAG', 'Now', 'A week ago']} />
        <tbody className="govuk-table__body">
          {RAGS.map((r) => (
            <tr className="govuk-table__row" key={r}>
              <th scope="row" className="govuk-table__header">{RAG_NAMES[r]}</th>
              <td className="govuk-table__cell">{count(data.counts[r])}</td>
              <td className="govuk-table__cell">{count(data.countsBefore[r])}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <Section title="RAG moves this week" empty="No action changed its RAG this week." rows={data.ragMoves.length}>
        <TableHead columns={['Action', 'From', 'To']} />
        <tbody className="govuk-table__body">
          {data.ragMoves.map((m) => (
            <tr className="govuk-table__row" key={m.actionId}>
              <td className="govuk-table__cell"><ActionLink id={m.actionId} title={m.title} /></td>
              <td className="govuk-table__cell">{m.from ? <RagTag rag={m.from} /> : 'New this week'}</td>
              <td className="govuk-table__cell"><RagTag rag={m.to} /></td>
            </tr>
          ))}
        </tbody>
      </Section>

      <Section title="Every action, red and overdue first" empty="There are no actions in the plan yet." rows={data.actions.length}>
        <TableHead columns={['Action', 'Owner', 'RAG', 'Status', 'Progress', 'Next milestone', 'Target date']} />
        <tbody className="govuk-table__body">
          {data.actions.map((a) => (
            <tr className="govuk-table__row" key={a.id}>
              <td className="govuk-table__cell">
                <ActionLink id={a.id} title={a.title} />
                {a.reasons.length > 0 && <div className="govuk-body-s govuk-!-margin-0">{a.reasons.join(' ')}</div>}
              </td>
              <td className="govuk-table__cell">{a.owner}</td>
              <td className="govuk-table__cell"><RagTag rag={a.rag} /></td>
              <td className="govuk-table__cell">{STATUS_NAMES[a.status]}</td>
              <td className="govuk-table__cell">{a.progress === null ? 'No update' : `${a.progress}%`}</td>
              <td className="govuk-table__cell">{a.nextMilestone ? `${a.nextMilestone.title}, ${date(a.nextMilestone.due)}` : 'None'}</td>
              <td className="govuk-table__cell app-nowrap">{date(a.targetDate)}</td>
            </tr>
          ))}
        </tbody>
      </Section>

      <Section title="What changed this week" empty="Nothing was changed or reported this week." rows={data.changes.length}>
        <TableHead columns={['When', 'Action', 'Who', 'What changed']} />
        <tbody className="govuk-table__body">
          {data.changes.map((c, i) => (
            <tr className="govuk-table__row" key={`${c.at}-${i}`}>
              <td className="govuk-table__cell app-nowrap">{dateTime(c.at)}</td>
              <td className="govuk-table__cell"><ActionLink id={c.actionId} title={c.title} /></td>
              <td className="govuk-table__cell">{c.by}</td>
              <td className="govuk-table__cell">{c.what}</td>
            </tr>
          ))}
        </tbody>
      </Section>

      <Section title="Overdue milestones" empty="No milestone is overdue." rows={data.overdueMilestones.length}>
        <TableHead columns={['Milestone', 'Action', 'Owner', 'Due', 'Days overdue']} />
        <tbody className="govuk-table__body">
          {data.overdueMilestones.map((m, i) => (
            <tr className="govuk-table__row" key={`${m.actionId}-${i}`}>
              <td className="govuk-table__cell">{m.milestone}</td>
              <td className="govuk-table__cell"><ActionLink id={m.actionId} title={m.title} /></td>
              <td className="govuk-table__cell">{m.owner}</td>
              <td className="govuk-table__cell app-nowrap">{date(m.due)}</td>
              <td className="govuk-table__cell">{count(m.daysOverdue)}</td>
            </tr>
          ))}
        </tbody>
      </Section>

      <Section title="Top risks" empty="No open risk." rows={data.topRisks.length}>
        <TableHead columns={['Risk', 'Action', 'Score', 'Rating', 'Mitigation', 'Owner']} />
        <tbody className="govuk-table__body">
          {data.topRisks.map((r, i) => (
            <tr className="govuk-table__row" key={`${r.actionId}-${i}`}>
              <td className="govuk-table__cell">{r.description}</td>
              <td className="govuk-table__cell"><ActionLink id={r.actionId} title={r.title} /></td>
              <td className="govuk-table__cell">{r.likelihood} × {r.impact} = {r.score}</td>
              <td className="govuk-table__cell"><RiskTag rag={r.rag} /></td>
              <td className="govuk-table__cell">{r.mitigation || 'None'}</td>
              <td className="govuk-table__cell">{r.owner}</td>
            </tr>
          ))}
        </tbody>
      </Section>
    </div>
  );
}

function Section({ title, empty, rows, children }: { title: string; empty: string; rows: number; children: ReactNode }) {
  if (rows === 0) {
    return (
      <>
        <h2 className="govuk-heading-m">{title}</h2>
        <p className="govuk-body">{empty}</p>
      </>
    );
  }
  return (
    <div className="app-table-wrapper">
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">{title}</caption>
        {children}
      </table>
    </div>
  );
}

function ActionLink({ id, title }: { id: number; title: string }) {
  return (
    <Link className="govuk-link" to={`/improvement-plan/actions/${id}`}>
      {title}
    </Link>
  );
}
