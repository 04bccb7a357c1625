import { useState, type FormEvent, type ReactNode } from 'react';
import { inspectionInputProblems, MAX_FINDING_TEXT, MAX_FOCUS, type InputProblem } from '../../../core/inspections/input-problems.ts';
import {
  FINDING_KIND_NAMES, FINDING_KINDS, GRADE_NAMES, GRADED_KINDS, GRADES, ILACS_JUDGEMENTS, INSPECTION_KINDS, JUDGEMENT_NAMES, KIND_NAMES,
  type FindingKind, type Grade, type InspectionKind,
} from '../../../core/inspections/model.ts';
import type { InspectionInput, RecordedInspection } from '../../../core/inspections/recorded.ts';
import { ApiError } from '../../api/client.ts';
import { ErrorSummary } from '../../components/govuk.tsx';
import { DateInput, datePartsProblems, isoOf, NO_DATE, partsOf, type DateParts } from './date-input.tsx';

type IlacsJudgement = (typeof ILACS_JUDGEMENTS)[number];

interface FindingState {
  /** React's key, which stays with the finding as others are removed: a stored finding's id, or a negative number. */
  readonly key: number;
  readonly id?: number;
  readonly kind: FindingKind;
  readonly text: string;
}

interface FormState {
  readonly kind: InspectionKind | '';
  readonly start: DateParts;
  readonly end: DateParts;
  readonly published: DateParts;
  readonly focus: string;
  readonly reportUrl: string;
  readonly grades: Readonly<Partial<Record<IlacsJudgement, Grade>>>;
  readonly findings: readonly FindingState[];
}

const EMPTY: FormState = { kind: '', start: NO_DATE, end: NO_DATE, published: NO_DATE, focus: '', reportUrl: '', grades: {}, findings: [] };

/** A stored record as the form's starting point, for a correction. */
export function formOf(r: RecordedInspection): FormState {
  return {
    kind: r.kind, start: partsOf(r.start), end: partsOf(r.end), published: r.published ? partsOf(r.published) : NO_DATE, focus: r.focus ?? '', reportUrl: r.reportUrl ?? '',
    grades: Object.fromEntries(r.judgements.map((j) => [j.type, j.grade])),
    findings: r.findings.map((f) => ({ key: f.id, id: f.id, kind: f.kind, text: f.text })),
  };
}

/** What the form sends: judgements only for the graded kinds, optional fields left empty sent as null. */
function inputOf(s: FormState): InspectionInput {
  const graded = s.kind !== '' && GRADED_KINDS.includes(s.kind);
  return {
    kind: s.kind as InspectionKind,
    start: isoOf(s.start),
    end: isoOf(s.end),
    published: isoOf(s.published) || null,
    focus: s.focus.trim() || null,
    reportUrl: s.reportUrl.trim() || null,
    judgements: graded ? ILACS_JUDGEMENTS.flatMap((type) => (s.grades[type] ? [{ type, grade: s.grades[type] }] : [])) : [],
    findings: s.findings.map((f) => ({ ...(f.id === undefined ? {} : { id: f.id }), kind: f.kind, text: f.text })),
  };
}

/** The element each field's error leads to. */
function fieldId(field: string, input: InspectionInput): string {
  const judgement = /^judgements\[(\d+)\]/.exec(field);
  if (judgement) return `judgement-${input.judgements[Number(judgement[1])]?.type ?? 'overall-effectiveness'}`;
  const finding = /^findings\[(\d+)\]\.(\w+)/.exec(field);
  if (finding) return `finding-${finding[1]}-${finding[2] === 'kind' ? 'kind' : 'text'}`;
  return { kind: 'inspection-kind', start: 'inspection-start', end: 'inspection-end', published: 'inspection-published', focus: 'inspection-focus', reportUrl: 'inspection-report-url', judgements: 'judgement-overall-effectiveness', findings: 'add-finding' }[field] ?? 'inspection-kind';
}

/** Problems the checks shared with the server cannot put well: fields left empty or dates half given. */
function unfinished(s: FormState): InputProblem[] {
  return [
    ...(s.kind === '' ? [{ field: 'kind', message: 'Choose what kind of inspection or visit it was' }] : []),
    ...datePartsProblems('start', 'start date', s.start, true),
    ...datePartsProblems('end', 'end date', s.end, true),
    ...datePartsProblems('published', 'publication date', s.published, false),
  ];
}

function Field({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error: string | undefined; children: ReactNode }) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>{label}</label>
      {hint && <div id={`${id}-hint`} className="govuk-hint">{hint}</div>}
      {error && (
        <p id={`${id}-error`} className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
      {children}
    </div>
  );
}

const describedBy = (id: string, hint: boolean, error: string | undefined) => [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

/** One finding's kind and text, and the button that removes it. */
function FindingFields({ index, finding, errorFor, onChange, onRemove }: {
  index: number; finding: FindingState; errorFor: (id: string) => string | undefined; onChange: (change: Partial<FindingState>) => void; onRemove: () => void;
}) {
  const textId = `finding-${index}-text`;
  const kindId = `finding-${index}-kind`;
  const textError = errorFor(textId);
  return (
    <div className="app-card">
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Finding {index + 1}</legend>
        <Field id={kindId} label={`Kind of finding ${index + 1}`} error={errorFor(kindId)}>
          <select className="govuk-select" id={kindId} value={finding.kind} onChange={(e) => onChange({ kind: e.target.value as FindingKind })}>
            {FINDING_KINDS.map((k) => (
              <option value={k} key={k}>{FINDING_KIND_NAMES[k]}</option>
            ))}
          </select>
        </Field>
        <Field id={textId} label={`Text of finding ${index + 1}`} error={textError}>
          <textarea className={`govuk-textarea${textError ? ' govuk-textarea--error' : ''}`} id={textId} rows={3} maxLength={MAX_FINDING_TEXT} value={finding.text} aria-describedby={describedBy(textId, false, textError)} onChange={(e) => onChange({ text: e.target.value })} />
        </Field>
        <button type="button" className="govuk-button govuk-button--secondary" data-module="govuk-button" onClick={onRemove}>
          Remove finding {index + 1}
        </button>
      </fieldset>
    </div>
  );
}

/**
 * The GOV.UK form for one of the council's inspections or visits: its kind, dates, focus, report, each
 * ILACS judgement's grade (standard and short inspections only), and its findings, as many as the report
 * has. Errors, the form's own and the server's, are listed in an error summary leading to each field.
 */
export function InspectionForm({ initial, submitLabel, onSubmit }: { initial?: FormState; submitLabel: string; onSubmit: (input: InspectionInput) => Promise<void> }) {
  const [state, setState] = useState<FormState>(initial ?? EMPTY);
  // New findings count down from -1, so their keys never meet a stored finding's id.
  const [nextKey, setNextKey] = useState(-1);
  const [errors, setErrors] = useState<{ text: string; href?: string; id?: string }[]>([]);
  const [sending, setSending] = useState(false);
  const set = (change: Partial<FormState>) => setState((s) => ({ ...s, ...change }));
  const setFinding = (i: number, change: Partial<FindingState>) => set({ findings: state.findings.map((f, j) => (j === i ? { ...f, ...change } : f)) });
  const errorFor = (id: string) => errors.find((e) => e.id === id)?.text;
  const graded = state.kind !== '' && GRADED_KINDS.includes(state.kind);
  const addFinding = () => {
    set({ findings: [...state.findings, { key: nextKey, kind: 'recommendation', text: '' }] });
    setNextKey(nextKey - 1);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = inputOf(state);
    const first = unfinished(state);
    const said = new Set(first.map((p) => p.field));
    const found = [...first, ...inspectionInputProblems(input, new Date().toISOString().slice(0, 10)).filter((p) => !said.has(p.field))];
    const shown = (list: readonly InputProblem[]) => list.map((p) => ({ text: p.message, href: `#${fieldId(p.field, input)}`, id: fieldId(p.field, input) }));
    if (found.length) {
      setErrors(shown(found));
      return;
    }
    setSending(true);
    try {
      await onSubmit(input);
    } catch (e) {
      const listed = e instanceof ApiError ? (e.body.report as { errors?: InputProblem[] } | undefined)?.errors : undefined;
      setErrors(listed ? shown(listed) : [{ text: e instanceof Error ? e.message : String(e) }]);
    } finally {
      setSending(false);
    }
  };

  const dateField = (name: 'start' | 'end' | 'published', legend: string, hint: string) => (
    <DateInput id={`inspection-${name}`} legend={legend} hint={hint} value={state[name]} error={errorFor(`inspection-${name}`)} onChange={(parts) => set({ [name]: parts })} />
  );

  const kindError = errorFor('inspection-kind');
  return (
    <>
      {errors.length > 0 && <ErrorSummary title="There is a problem" errors={errors.map(({ text, href }) => (href ? { text, href } : { text }))} />}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className={`govuk-form-group${kindError ? ' govuk-form-group--error' : ''}`}>
          <fieldset className="govuk-fieldset" aria-describedby={kindError ? 'inspection-kind-error' : undefined}>
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">What kind of inspection or visit was it?</legend>
            {kindError && (
              <p id="inspection-kind-error" className="govuk-error-message">
                <span className="govuk-visually-hidden">Error:</span> {kindError}
              </p>
            )}
            <div className="govuk-radios" data-module="govuk-radios">
              {INSPECTION_KINDS.map((k, i) => {
                const id = i === 0 ? 'inspection-kind' : `inspection-kind-${k}`;
                return (
                  <div className="govuk-radios__item" key={k}>
                    <input className="govuk-radios__input" id={id} name="kind" type="radio" value={k} checked={state.kind === k} onChange={() => set({ kind: k })} />
                    <label className="govuk-label govuk-radios__label" htmlFor={id}>{KIND_NAMES[k]}</label>
                  </div>
                );
              })}
            </div>
          </fieldset>
        </div>
        {dateField('start', 'Start date', 'The first day of fieldwork or of the visit')}
        {dateField('end', 'End date', 'The last day on site (the same as the start for a one-day visit)')}
        {dateField('published', 'Publication date (optional)', 'When the report or letter was published; leave empty until it is')}
        <Field id="inspection-focus" label="Focus (optional)" hint="The theme of a focused visit or JTAI, or what the visit was about" error={errorFor('inspection-focus')}>
          <input className="govuk-input" id="inspection-focus" type="text" maxLength={MAX_FOCUS} value={state.focus} aria-describedby={describedBy('inspection-focus', true, errorFor('inspection-focus'))} onChange={(e) => set({ focus: e.target.value })} />
        </Field>
        <Field id="inspection-report-url" label="Report address (optional)" hint="The https address of the report or letter" error={errorFor('inspection-report-url')}>
          <input className="govuk-input" id="inspection-report-url" type="url" spellCheck={false} value={state.reportUrl} aria-describedby={describedBy('inspection-report-url', true, errorFor('inspection-report-url'))} onChange={(e) => set({ reportUrl: e.target.value })} />
        </Field>

        {graded && (
          <fieldset className="govuk-fieldset govuk-!-margin-bottom-6">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Judgements</legend>
            <div className="govuk-hint">Leave a judgement as "Not graded" if the report does not give it. Care leavers have been judged on their own since January 2023.</div>
            {ILACS_JUDGEMENTS.map((type) => {
              const id = `judgement-${type}`;
              const error = errorFor(id);
              return (
                <Field id={id} label={JUDGEMENT_NAMES[type]} error={error} key={type}>
                  <select className={`govuk-select${error ? ' govuk-select--error' : ''}`} id={id} value={state.grades[type] ?? ''} aria-describedby={describedBy(id, false, error)} onChange={(e) => set({ grades: { ...state.grades, [type]: e.target.value || undefined } })}>
                    <option value="">Not graded</option>
                    {GRADES.map((g) => (
                      <option value={g} key={g}>{GRADE_NAMES[g]}</option>
                    ))}
                  </select>
                </Field>
              );
            })}
          </fieldset>
        )}

        <h2 className="govuk-heading-m">Findings</h2>
        <p className="govuk-body">Add each recommendation, area for priority action, area for improvement or strength of the report, in its order.</p>
        {state.findings.map((f, i) => (
          <FindingFields key={f.key} index={i} finding={f} errorFor={errorFor} onChange={(change) => setFinding(i, change)} onRemove={() => set({ findings: state.findings.filter((_, j) => j !== i) })} />
        ))}
        <div className="govuk-button-group">
          <button type="button" id="add-finding" className="govuk-button govuk-button--secondary" data-module="govuk-button" onClick={addFinding}>
            Add a finding
          </button>
        </div>
        <button type="submit" className="govuk-button" data-module="govuk-button" disabled={sending}>
          {submitLabel}
        </button>
      </form>
    </>
  );
}
