import { useState, type FormEvent, type ReactNode } from 'react';
import type { ActionView } from '../../../access/improvement-plan-views.ts';
import { IMPACT_WORDS, LIKELIHOOD_WORDS } from '../../../core/improvement-plan/risk.ts';
import { LIMITS } from '../../../core/improvement-plan/validation.ts';
import { api } from '../../api/client.ts';
import { Select, TextArea, TextInput } from '../../components/form-fields.tsx';
import { ErrorSummary } from '../../components/govuk.tsx';
import { date } from '../../format.ts';
import { fieldErrors, summaryOf, type FieldErrors } from './field-errors.ts';

type Saved = (action: ActionView, message: string) => void;

/**
 * A small form of the action page: checks what the browser can (fields left empty), sends it, and
 * marks the fields the server refuses. `send` returns the action as it now is and what to say.
 */
function useSmallForm<S extends Record<string, string>>(empty: S, prefix: string, check: (s: S) => Record<string, string>, send: (s: S) => Promise<[ActionView, string]>, onSaved: Saved) {
  const [state, setState] = useState(empty);
  const [errors, setErrors] = useState<FieldErrors>({});
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = check(state);
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      const [action, message] = await send(state);
      setState(empty);
      onSaved(action, message);
    } catch (error) {
      setErrors(fieldErrors(error));
    }
  };
  const field = (key: keyof S & string) => ({ id: `${prefix}${key}`, error: errors[key], value: state[key], onChange: (value: string) => setState({ ...state, [key]: value }) });
  return { submit, field, summary: Object.keys(errors).length ? <ErrorSummary title="There is a problem" errors={summaryOf(errors, prefix)} /> : null };
}

function SmallForm({ legend, summary, submit, button, children }: { legend: string; summary: ReactNode; submit: (e: FormEvent) => Promise<void>; button: string; children: ReactNode }) {
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="govuk-!-margin-bottom-8">
      {summary}
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {children}
      </fieldset>
      <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
        {button}
      </button>
    </form>
  );
}

/** `field`'s message when it is left empty. */
const required = (field: string, value: string, message: string): Record<string, string> => (value.trim() ? {} : { [field]: message });

export function MilestoneForm({ action, onSaved }: { action: ActionView; onSaved: Saved }) {
  const form = useSmallForm(
    { title: '', due: '' }, 'milestone-',
    (s) => ({ ...required('title', s.title, 'Enter the milestone'), ...required('due', s.due, 'Enter the date it is due') }),
    async (s) => [await api<ActionView>(`/improvement-plan/actions/${action.id}/milestones`, { method: 'POST', body: { title: s.title.trim(), due: s.due } }), `Milestone “${s.title.trim()}” added.`],
    onSaved,
  );
  return (
    <SmallForm legend="Add a milestone" summary={form.summary} submit={form.submit} button="Add the milestone">
      <TextInput label="Milestone" maxLength={LIMITS.title} {...form.field('title')} />
      <TextInput label="Due" type="date" width={10} hint={`Between the start date (${date(action.startDate)}) and the target date (${date(action.targetDate)}).`} {...form.field('due')} />
    </SmallForm>
  );
}

export function UpdateForm({ action, onSaved }: { action: ActionView; onSaved: Saved }) {
  const form = useSmallForm(
    { summary: '', progress: action.lastUpdate ? String(action.lastUpdate.progress) : '0' }, 'update-',
    (s) => ({
      ...required('summary', s.summary, 'Enter what changed this week'),
      ...(/^\d{1,3}$/.test(s.progress.trim()) && Number(s.progress) <= 100 ? {} : { progress: 'Enter progress as a whole number from 0 to 100' }),
    }),
    async (s) => [await api<ActionView>(`/improvement-plan/actions/${action.id}/updates`, { method: 'POST', body: { summary: s.summary.trim(), progress: Number(s.progress) } }), 'Weekly update posted.'],
    onSaved,
  );
  return (
    <SmallForm legend="Post this week's update" summary={form.summary} submit={form.submit} button="Post the update">
      <TextArea label="What changed" hint="What was done since the last update, and what is next." maxLength={LIMITS.summary} {...form.field('summary')} />
      <TextInput label="Progress" hint="How far along the action is, in per cent." type="number" width={3} suffix="%" {...form.field('progress')} />
    </SmallForm>
  );
}

const scale = (words: readonly string[]) => words.map((w, i) => ({ value: String(i + 1), text: `${i + 1}: ${w}` }));

export function RiskForm({ action, onSaved }: { action: ActionView; onSaved: Saved }) {
  const form = useSmallForm(
    { description: '', likelihood: '3', impact: '3', mitigation: '', owner: '' }, 'risk-',
    (s) => ({ ...required('description', s.description, 'Enter the risk'), ...required('owner', s.owner, 'Enter who owns the risk') }),
    async (s) => [
      await api<ActionView>(`/improvement-plan/actions/${action.id}/risks`, {
        method: 'POST', body: { description: s.description.trim(), likelihood: Number(s.likelihood), impact: Number(s.impact), mitigation: s.mitigation.trim(), owner: s.owner.trim() },
      }),
      `Risk “${s.description.trim()}” added.`,
    ],
    onSaved,
  );
  return (
    <SmallForm legend="Add a risk" summary={form.summary} submit={form.submit} button="Add the risk">
      <TextInput label="Risk" hint="What could stop the action working." maxLength={LIMITS.risk} {...form.field('description')} />
      <Select label="Likelihood" options={scale(LIKELIHOOD_WORDS)} {...form.field('likelihood')} />
      <Select label="Impact" options={scale(IMPACT_WORDS)} {...form.field('impact')} />
      <TextArea label="Mitigation" hint="What is being done about it (optional)." maxLength={LIMITS.mitigation} {...form.field('mitigation')} />
      <TextInput label="Owner" hint="Who watches the risk." maxLength={LIMITS.owner} width={20} {...form.field('owner')} />
    </SmallForm>
  );
}
