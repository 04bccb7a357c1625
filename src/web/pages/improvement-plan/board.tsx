import { useState, type FormEvent } from 'react';
import type { BoardActionView, BoardView } from '../../../access/improvement-plan-views.ts';
import { ACTION_STATUSES, STATUS_NAMES } from '../../../core/improvement-plan/plan.ts';
import { RAG_NAMES, RAGS } from '../../../core/improvement-plan/rag.ts';
import { query } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { Select } from '../../components/form-fields.tsx';
import { ErrorSummary, Loading, TableHead } from '../../components/govuk.tsx';
import { count, date, dateTime } from '../../format.ts';
import { Link, useLocation, useNavigate } from '../../routing/router.tsx';
import { allows, useSession } from '../../session.tsx';
import { RagTag } from './rag-tag.tsx';

/**
 * The improvement board: every action with its RAG (worked out from its milestones and updates), red
 * and overdue first, filtered by status or owner; a link to the weekly report, and "Add an action" for
 * those who may change the plan.
 */
export function ImprovementBoard() {
  const { search } = useLocation();
  const navigate = useNavigate();
  const { session } = useSession();
  const filter = { status: search.get('status') ?? '', owner: search.get('owner') ?? '' };
  const [form, setForm] = useState(filter);
  const { data, error, loading } = useApi<BoardView>(`/improvement-plan${query(filter)}`);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(`/improvement-plan${query(form)}`);
  };
  return (
    <>
      <p className="govuk-body">
        The council's improvement plan: each action's RAG is worked out from its milestones and weekly updates. Red: a milestone or the target date
        has passed, or no update for over two weeks. Amber: something falls due within a week, or no update for over a week.
      </p>
      <div className="govuk-button-group">
        {allows(session, 'manage-improvement-plan') && (
          <Link to="/improvement-plan/actions/new" className="govuk-button" data-module="govuk-button">
            Add an action
          </Link>
        )}
        <Link to="/improvement-plan/report" className="govuk-link">
          The weekly report
        </Link>
      </div>
      {loading && <Loading what="the plan" />}
      {error && <ErrorSummary title="The plan could not be loaded" errors={[{ text: error.message }]} />}
      {data && (
        <>
          <form onSubmit={submit} className="govuk-!-margin-bottom-6">
            <Select id="board-status" label="Status" value={form.status} onChange={(status) => setForm({ ...form, status })}
              options={[{ value: '', text: 'All' }, ...ACTION_STATUSES.map((s) => ({ value: s, text: STATUS_NAMES[s] }))]} />
            <Select id="board-owner" label="Owner" value={form.owner} onChange={(owner) => setForm({ ...form, owner })}
              options={[{ value: '', text: 'All' }, ...data.owners.map((o) => ({ value: o, text: o }))]} />
            <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
              Show actions
            </button>
          </form>
          <Actions board={data} />
        </>
      )}
    </>
  );
}

function Actions({ board }: { board: BoardView }) {
  if (board.total === 0) return <p className="govuk-body">There are no actions in the plan yet.</p>;
  if (board.actions.length === 0) return <p className="govuk-body">No action has that status and owner.</p>;
  const counts = RAGS.map((r) => [r, board.actions.filter((a) => a.rag === r).length] as const).filter(([, n]) => n > 0);
  return (
    <>
      <p className="govuk-body">
        On {date(board.today)}: {count(board.actions.length)} of {count(board.total)} actions shown ({counts.map(([r, n]) => `${count(n)} ${RAG_NAMES[r].toLowerCase()}`).join(', ')}).
      </p>
      <div className="app-table-wrapper">
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">Actions, red and overdue first</caption>
          <TableHead columns={['Action', 'RAG', 'Owner', 'Next milestone', 'Last update', 'Target date']} />
          <tbody className="govuk-table__body">
            {board.actions.map((a) => (
              <Row key={a.id} action={a} />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function Row({ action: a }: { action: BoardActionView }) {
  return (
    <tr className="govuk-table__row">
      <td className="govuk-table__cell">
        <Link className="govuk-link" to={`/improvement-plan/actions/${a.id}`}>
          {a.title}
        </Link>
        <div className="govuk-body-s govuk-!-margin-0">{STATUS_NAMES[a.status]}</div>
      </td>
      <td className="govuk-table__cell">
        <RagTag rag={a.rag} />
        {a.reasons.length > 0 && (
          <ul className="govuk-list govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0">
            {a.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        )}
      </td>
      <td className="govuk-table__cell">{a.owner}</td>
      <td className="govuk-table__cell">
        {a.nextMilestone ? (
          <>
            {a.nextMilestone.title}, due {date(a.nextMilestone.due)}
            {a.overdueMilestones > 0 && <div className="govuk-body-s govuk-!-margin-0">{a.overdueMilestones === 1 ? '1 milestone overdue' : `${count(a.overdueMilestones)} milestones overdue`}</div>}
          </>
        ) : (
          'None to do'
        )}
      </td>
      <td className="govuk-table__cell">
        {a.lastUpdate ? (
          <>
            {dateTime(a.lastUpdate.at)} by {a.lastUpdate.by}: {a.lastUpdate.progress}% complete
          </>
        ) : (
          'None yet'
        )}
      </td>
      <td className="govuk-table__cell app-nowrap">{date(a.targetDate)}</td>
    </tr>
  );
}
