import type { ActionView } from '../../../access/improvement-plan-views.ts';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorSummary, Loading } from '../../components/govuk.tsx';
import { useNavigate } from '../../routing/router.tsx';
import { ActionForm, stateOf, type ActionFormState } from './action-form.tsx';

/** Changes an action: only the fields changed are sent, and each is kept in its history. */
export function EditAction({ id }: { id: string }) {
  const navigate = useNavigate();
  const { data, error, loading } = useApi<ActionView>(`/improvement-plan/actions/${encodeURIComponent(id)}`);
  if (loading) return <Loading what="the action" />;
  if (error || !data) return <ErrorSummary title="The action could not be loaded" errors={[{ text: error?.message ?? 'It was not found.' }]} />;
  const before = stateOf(data);
  const save = async (s: ActionFormState) => {
    const changed = Object.fromEntries(Object.entries(s).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(before[k as keyof ActionFormState])));
    if (Object.keys(changed).length > 0) await api(`/improvement-plan/actions/${data.id}`, { method: 'PATCH', body: changed });
    navigate(`/improvement-plan/actions/${data.id}${Object.keys(changed).length ? '?saved=changed' : ''}`);
  };
  return (
    <>
      <p className="govuk-body">Changing “{data.title}”. Every change is kept in the action's history, with who made it.</p>
      <ActionForm initial={before} button="Save the changes" save={save} />
    </>
  );
}
