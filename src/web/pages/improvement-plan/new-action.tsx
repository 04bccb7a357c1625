import type { ActionView, FindingView } from '../../../access/improvement-plan-views.ts';
import { FINDING_KIND_NAMES } from '../../../core/inspections/model.ts';
import { addDays } from '../../../core/model/dates.ts';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorSummary, Loading } from '../../components/govuk.tsx';
import { Link, useNavigate } from '../../routing/router.tsx';
import { ActionForm, type ActionFormState } from './action-form.tsx';

/** The 12-week assurance plan a council is asked for after an inadequate judgement: the target suggested. */
const PLAN_WEEKS = 12;
const TITLE_WORDS = 120;

/** A title from a finding's text: its first sentence, cut at a word near TITLE_WORDS characters. */
export function titleFrom(text: string): string {
  const sentence = text.split(/(?<=[.!?])\s/)[0]!.replace(/[.!?]$/, '');
  if (sentence.length <= TITLE_WORDS) return sentence;
  return `${sentence.slice(0, sentence.lastIndexOf(' ', TITLE_WORDS))}…`;
}

/**
 * Adds an action: blank, from an inspection finding (`?finding=`: its text becomes the description and
 * the action keeps the link) or from a case-audit theme (`?theme=`).
 */
export function NewAction({ findingId, theme }: { findingId: string | null; theme: string | null }) {
  const finding = useApi<FindingView>(findingId && /^\d+$/.test(findingId) ? `/improvement-plan/findings/${findingId}` : null);
  if (findingId && !/^\d+$/.test(findingId)) return <ErrorSummary title="The finding could not be found" errors={[{ text: `There is no finding ${findingId}.` }]} />;
  if (finding.loading) return <Loading what="the finding" />;
  if (finding.error) return <ErrorSummary title="The finding could not be found" errors={[{ text: finding.error.message }]} />;
  return <NewActionForm finding={finding.data} theme={theme?.trim() || null} />;
}

function NewActionForm({ finding, theme }: { finding: FindingView | null; theme: string | null }) {
  const navigate = useNavigate();
  const today = new Date().toISOString().slice(0, 10);
  const initial: ActionFormState = {
    title: finding ? titleFrom(finding.text) : (theme ?? ''), description: finding?.text ?? '', owner: '', status: 'not-started',
    startDate: today, targetDate: addDays(today, PLAN_WEEKS * 7), indicatorIds: [],
  };
  const save = async (s: ActionFormState) => {
    const body = { ...s, title: s.title.trim(), owner: s.owner.trim(), ...(finding ? { findingId: finding.id } : {}), ...(theme ? { theme } : {}) };
    const created = await api<ActionView>('/improvement-plan/actions', { method: 'POST', body });
    navigate(`/improvement-plan/actions/${created.id}?saved=added`);
  };
  return (
    <>
      {finding && (
        <div className="govuk-inset-text">
          <p className="govuk-body govuk-!-font-weight-bold">
            From {FINDING_KIND_NAMES[finding.kind].toLowerCase()} {finding.seq} of <Link className="govuk-link" to={`/inspections/${finding.inspectionId}`}>the inspection</Link>:
          </p>
          <p className="govuk-body">{finding.text}</p>
          {finding.actions.length > 0 && (
            <p className="govuk-body">
              Already answered by:{' '}
              {finding.actions.map((a, i) => (
                <span key={a.id}>
                  {i > 0 && ', '}
                  <Link className="govuk-link" to={`/improvement-plan/actions/${a.id}`}>{a.title}</Link>
                </span>
              ))}
              .
            </p>
          )}
        </div>
      )}
      {theme && <div className="govuk-inset-text">Answers the case-audit theme: {theme}</div>}
      <ActionForm initial={initial} button="Add the action" save={save} />
    </>
  );
}
