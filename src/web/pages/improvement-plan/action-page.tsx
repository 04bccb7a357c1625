import { useState } from 'react';
import type { ActionView } from '../../../access/improvement-plan-views.ts';
import { STATUS_NAMES } from '../../../core/improvement-plan/plan.ts';
import { IMPACT_WORDS, LIKELIHOOD_WORDS } from '../../../core/improvement-plan/risk.ts';
import { FINDING_KIND_NAMES } from '../../../core/inspections/model.ts';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorSummary, Loading, NotificationBanner, SummaryList, TableHead, Tag } from '../../components/govuk.tsx';
import { TrendChart } from '../../components/trend-chart.tsx';
import { date, dateTime } from '../../format.ts';
import { Link } from '../../routing/router.tsx';
import { allows, useSession } from '../../session.tsx';
import { fieldErrors } from './field-errors.ts';
import { MilestoneForm, RiskForm, UpdateForm } from './action-forms.tsx';
import { RagTag, RiskTag } from './rag-tag.tsx';

const SAVED: Readonly<Record<string, string>> = { added: 'Action added.', changed: 'Changes saved.' };

/**
 * One action: its RAG and why, its milestones (add, mark done), weekly updates (post one), risks (add,
 * close or reopen), its linked indicators' trends, and its history: who changed what, when.
 */
export function ActionPage({ id, saved }: { id: string; saved: string | null }) {
  const { session } = useSession();
  const canManage = allows(session, 'manage-improvement-plan');
  const loaded = useApi<ActionView>(`/improvement-plan/actions/${encodeURIComponent(id)}`);
  const [changed, setChanged] = useState<{ action: ActionView; message: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const action = changed?.action ?? loaded.data;
  if (loaded.loading) return <Loading what="the action" />;
  if (loaded.error || !action) return <ErrorSummary title="The action could not be loaded" errors={[{ text: loaded.error?.message ?? 'It was not found.' }]} />;
  const done = (next: ActionView, message: string) => {
    setError(null);
    setChanged({ action: next, message });
  };
  const run = async (work: () => Promise<ActionView>, message: string) => {
    try {
      done(await work(), message);
    } catch (e) {
      setError(Object.values(fieldErrors(e)).join(' '));
    }
  };
  const message = changed?.message ?? (saved ? SAVED[saved] : undefined);
  const url = `/improvement-plan/actions/${action.id}`;
  return (
    <>
      {message && (
        <NotificationBanner title="Done" success key={message + action.history.length}>
          <p className="govuk-notification-banner__heading">{message}</p>
        </NotificationBanner>
      )}
      {error && <ErrorSummary title="There is a problem" errors={[{ text: error }]} />}
      <h2 className="govuk-heading-m">{action.title}</h2>
      <p className="govuk-body">
        RAG: <RagTag rag={action.rag} /> Status: {STATUS_NAMES[action.status]}
        {action.completedOn && `, on ${date(action.completedOn)}`}
      </p>
      {action.reasons.length > 0 && (
        <ul className="govuk-list govuk-list--bullet">
          {action.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
      <SummaryList
        rows={[
          ['Owner', action.owner],
          ['Start date', date(action.startDate)],
          ['Target date', date(action.targetDate)],
          ['Progress', action.lastUpdate ? `${action.lastUpdate.progress}% complete (${date(action.lastUpdate.at)})` : 'No update yet'],
          ['Answers', <Source key="source" action={action} />],
          ['Description', action.description || 'None'],
          ['Added', `${dateTime(action.createdAt)} by ${action.createdBy}`],
        ]}
      />
      {canManage && (
        <p className="govuk-body">
          <Link className="govuk-link" to={`${url}/edit`}>
            Change the action<span className="govuk-visually-hidden">: its title, owner, status or dates</span>
          </Link>
        </p>
      )}

      <h2 className="govuk-heading-m">Milestones</h2>
      {action.milestones.length === 0 ? (
        <p className="govuk-body">No milestones yet.</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-visually-hidden">Milestones</caption>
          <TableHead columns={['Milestone', 'Due', 'Done', canManage ? 'Mark as done' : 'State']} />
          <tbody className="govuk-table__body">
            {action.milestones.map((m) => (
              <tr className="govuk-table__row" key={m.id}>
                <td className="govuk-table__cell">{m.title}</td>
                <td className="govuk-table__cell app-nowrap">{date(m.due)}</td>
                <td className="govuk-table__cell">{m.doneOn ? date(m.doneOn) : m.overdue ? <Tag colour="red">Overdue</Tag> : 'Not yet'}</td>
                <td className="govuk-table__cell">
                  {m.doneOn ? (
                    'Done'
                  ) : canManage ? (
                    <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" data-module="govuk-button"
                      onClick={() => void run(() => api<ActionView>(`${url}/milestones/${m.id}/done`, { method: 'POST', body: {} }), `Milestone “${m.title}” done.`)}>
                      Mark as done<span className="govuk-visually-hidden">: {m.title}</span>
                    </button>
                  ) : (
                    'To do'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canManage && <MilestoneForm action={action} onSaved={done} />}

      <h2 className="govuk-heading-m">Weekly updates</h2>
      {action.updates.length === 0 ? (
        <p className="govuk-body">No update yet.</p>
      ) : (
        <ul className="govuk-list">
          {action.updates.map((u) => (
            <li key={u.id} className="govuk-!-margin-bottom-4">
              <p className="govuk-body govuk-!-margin-bottom-1">
                <strong>{dateTime(u.at)}</strong>, {u.by}: {u.progress}% complete
              </p>
              <p className="govuk-body">{u.summary}</p>
            </li>
          ))}
        </ul>
      )}
      {canManage && <UpdateForm action={action} onSaved={done} />}

      <h2 className="govuk-heading-m">Risks</h2>
      {action.risks.length === 0 ? (
        <p className="govuk-body">No risks recorded.</p>
      ) : (
        <div className="app-table-wrapper">
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-visually-hidden">Risks, highest first</caption>
            <TableHead columns={['Risk', 'Likelihood', 'Impact', 'Score', 'Rating', 'Mitigation', 'Owner', ...(canManage ? ['Change'] : [])]} />
            <tbody className="govuk-table__body">
              {action.risks.map((r) => (
                <tr className="govuk-table__row" key={r.id}>
                  <td className="govuk-table__cell">{r.description}</td>
                  <td className="govuk-table__cell">{r.likelihood} ({LIKELIHOOD_WORDS[r.likelihood - 1]})</td>
                  <td className="govuk-table__cell">{r.impact} ({IMPACT_WORDS[r.impact - 1]})</td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{r.score}</td>
                  <td className="govuk-table__cell"><RiskTag rag={r.rag} /></td>
                  <td className="govuk-table__cell">{r.mitigation || 'None'}</td>
                  <td className="govuk-table__cell">{r.owner}</td>
                  {canManage && (
                    <td className="govuk-table__cell">
                      <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" data-module="govuk-button"
                        onClick={() => void run(() => api<ActionView>(`${url}/risks/${r.id}`, { method: 'PATCH', body: { status: r.status === 'open' ? 'closed' : 'open' } }), `Risk “${r.description}” ${r.status === 'open' ? 'closed' : 'reopened'}.`)}>
                        {r.status === 'open' ? 'Close' : 'Reopen'}<span className="govuk-visually-hidden"> the risk: {r.description}</span>
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canManage && <RiskForm action={action} onSaved={done} />}

      <h2 className="govuk-heading-m">Linked indicators</h2>
      {action.indicators.length === 0 && <p className="govuk-body">No indicator is linked to this action.</p>}
      {action.indicators.map((i) => (
        <section key={i.id} aria-labelledby={`indicator-${i.id}`}>
          <h3 className="govuk-heading-s" id={`indicator-${i.id}`}>
            <Link className="govuk-link" to={`/indicators/${i.id}`}>{i.title}</Link>
          </h3>
          {i.available ? <TrendChart id={`trend-${i.id}`} title={`${i.title}, month by month`} points={i.months} unit={i.unit} /> : <p className="govuk-body">{i.reason}</p>}
        </section>
      ))}

      <h2 className="govuk-heading-m">History</h2>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-visually-hidden">Every change to the action, newest first</caption>
        <TableHead columns={['When', 'Who', 'What changed']} />
        <tbody className="govuk-table__body">
          {action.history.map((h, i) => (
            <tr className="govuk-table__row" key={`${h.at}-${i}`}>
              <td className="govuk-table__cell app-nowrap">{dateTime(h.at)}</td>
              <td className="govuk-table__cell">{h.by}</td>
              <td className="govuk-table__cell">{h.what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="govuk-body">
        <Link className="govuk-link" to="/improvement-plan">
          Back to the improvement plan
        </Link>
      </p>
    </>
  );
}

function Source({ action }: { action: ActionView }) {
  const s = action.source;
  if (s.kind === 'theme') return <>Case-audit theme: {s.text}</>;
  if (s.kind === 'other' || s.findingKind === null) return <>Not linked to an inspection finding or audit theme</>;
  return (
    <>
      {FINDING_KIND_NAMES[s.findingKind]} from{' '}
      <Link className="govuk-link" to={`/inspections/${s.inspectionId}`}>
        the inspection
      </Link>
      : {s.text}
    </>
  );
}
