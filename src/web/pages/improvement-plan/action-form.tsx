import { useState, type FormEvent } from 'react';
import type { ActionView, IndicatorChoice } from '../../../access/improvement-plan-views.ts';
import { ACTION_STATUSES, STATUS_NAMES, type ActionStatus } from '../../../core/improvement-plan/plan.ts';
import { LIMITS } from '../../../core/improvement-plan/validation.ts';
import { useApi } from '../../api/use-api.ts';
import { Select, TextArea, TextInput } from '../../components/form-fields.tsx';
import { ErrorSummary } from '../../components/govuk.tsx';
import { fieldErrors, summaryOf, type FieldErrors } from './field-errors.ts';

/** What the action form holds: every field as text, as the inputs give it. */
export interface ActionFormState {
  readonly title: string;
  readonly description: string;
  readonly owner: string;
  readonly status: ActionStatus;
  readonly startDate: string;
  readonly targetDate: string;
  readonly indicatorIds: readonly string[];
}

export const stateOf = (a: ActionView): ActionFormState => ({
  title: a.title, description: a.description, owner: a.owner, status: a.status, startDate: a.startDate, targetDate: a.targetDate, indicatorIds: a.indicatorIds,
});

const PREFIX = 'action-';

/**
 * An action's fields, to add one or change one: title, description, owner, status, dates and the
 * indicators whose trend shows whether it works. `save` sends the form and throws the API's refusal,
 * whose fields are then marked.
 */
export function ActionForm({ initial, button, save }: { initial: ActionFormState; button: string; save: (state: ActionFormState) => Promise<void> }) {
  const [state, setState] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const choices = useApi<{ indicators: IndicatorChoice[] }>('/improvement-plan/indicators');
  const set = <K extends keyof ActionFormState>(key: K) => (value: ActionFormState[K]) => setState({ ...state, [key]: value });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!state.title.trim()) missing.title = 'Enter a title for the action';
    if (!state.owner.trim()) missing.owner = 'Enter who owns the action';
    if (!state.startDate) missing.startDate = 'Enter the start date';
    if (!state.targetDate) missing.targetDate = 'Enter the target date';
    setErrors(missing);
    if (Object.keys(missing).length) return;
    setSaving(true);
    try {
      await save(state);
    } catch (error) {
      setErrors(fieldErrors(error));
      setSaving(false);
    }
  };
  const toggle = (id: string, on: boolean) => set('indicatorIds')(on ? [...state.indicatorIds, id] : state.indicatorIds.filter((i) => i !== id));
  return (
    <>
      {Object.keys(errors).length > 0 && <ErrorSummary title="There is a problem" errors={summaryOf(errors, PREFIX)} />}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <TextInput id={`${PREFIX}title`} label="Title" error={errors.title} value={state.title} onChange={set('title')} maxLength={LIMITS.title} />
        <TextArea id={`${PREFIX}description`} label="Description" hint="What will be done, and what it answers." error={errors.description} value={state.description} onChange={set('description')} maxLength={LIMITS.description} rows={5} />
        <TextInput id={`${PREFIX}owner`} label="Owner" hint="The person or role accountable for it." error={errors.owner} value={state.owner} onChange={set('owner')} maxLength={LIMITS.owner} width={20} />
        <Select id={`${PREFIX}status`} label="Status" error={errors.status} value={state.status} onChange={(v) => set('status')(v as ActionStatus)} options={ACTION_STATUSES.map((s) => ({ value: s, text: STATUS_NAMES[s] }))} />
        <TextInput id={`${PREFIX}startDate`} label="Start date" type="date" width={10} error={errors.startDate} value={state.startDate} onChange={set('startDate')} />
        <TextInput id={`${PREFIX}targetDate`} label="Target date" type="date" width={10} hint="When it should be complete. Milestones fall between the start and target dates." error={errors.targetDate} value={state.targetDate} onChange={set('targetDate')} />
        <div className={`govuk-form-group${errors.indicatorIds ? ' govuk-form-group--error' : ''}`}>
          <fieldset className="govuk-fieldset" aria-describedby={`${PREFIX}indicatorIds-hint`}>
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Linked indicators (optional)</legend>
            <div id={`${PREFIX}indicatorIds-hint`} className="govuk-hint">
              Their trend shows beside the action: whether it is making a difference.
            </div>
            {errors.indicatorIds && (
              <p className="govuk-error-message">
                <span className="govuk-visually-hidden">Error:</span> {errors.indicatorIds}
              </p>
            )}
            <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes" id={`${PREFIX}indicatorIds`}>
              {(choices.data?.indicators ?? []).map((i) => (
                <div className="govuk-checkboxes__item" key={i.id}>
                  <input className="govuk-checkboxes__input" id={`${PREFIX}indicator-${i.id}`} type="checkbox" checked={state.indicatorIds.includes(i.id)} onChange={(e) => toggle(i.id, e.target.checked)} />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor={`${PREFIX}indicator-${i.id}`}>
                    {i.title}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        <button type="submit" className="govuk-button" data-module="govuk-button" disabled={saving}>
          {button}
        </button>
      </form>
    </>
  );
}
