import { useState, type FormEvent } from 'react';
import { inspectionInputProblems, MAX_FINDING_TEXT, MAX_FOCUS, type InputProblem } from '../../../core/inspections/input-problems.ts';
import {
  FINDING_KIND_NAMES, FINDING_KINDS, GRADE_NAMES, GRADED_KINDS, GRADES, ILACS_JUDGEMENTS, INSPECTION_KINDS, JUDGEMENT_NAMES, KIND_NAMES,
  type FindingKind, type Grade, type InspectionKind,
} from '../../../core/inspections/model.ts';
import type { InspectionInput, RecordedInspection } from '../../../core/inspections/recorded.ts';
import { ApiError } from '../../api/client.ts';
import { DateInput, datePartsProblems, isoOf, NO_DATE, partsOf, type DateParts } from '../../components/date-input.tsx';
import { errorFor, Radios, Select, TextArea, TextInput } from '../../components/form-fields.tsx';
import { ErrorSummary } from '../../components/govuk.tsx';

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

const FINDING_KIND_OPTIONS = FINDING_KINDS.map((k) => ({ value: k, text: FINDING_KIND_NAMES[k] }));
const KIND_OPTIONS = INSPECTION_KINDS.map((k) => ({ value: k, text: KIND_NAMES[k] }));
const GRADE_OPTIONS = [{ value: '', text: 'Not graded' }, ...GRADES.map((g) => ({ value: g, text: GRADE_NAMES[g] }))];

/** One finding's kind and text, and the button that removes it. */
function FindingFields({ index, finding, errorAt, onChange, onRemove }: {
  index: number; finding: FindingState; errorAt: (id: string) => string | undefined; onChange: (change: Partial<FindingState>) => void; onRemove: () => void;
}) {
  const textId = `finding-${index}-text`;
  const kindId = `finding-${index}-kind`;
  return (
    <div className="app-card">
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Finding {index + 1}</legend>
        <Select id={kindId} label={`Kind of finding ${index + 1}`} error={errorAt(kindId)} value={finding.kind} options={FINDING_KIND_OPTIONS} onChange={(kind) => onChange({ kind: kind as FindingKind })} />
        <TextArea id={textId} label={`Text of finding ${index + 1}`} error={errorAt(textId)} maxLength={MAX_FINDING_TEXT} value={finding.text} onChange={(text) => onChange({ text })} />
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
  const [errors, setErrors] = useState<{ text: string; href?: string }[]>([]);
  const [sending, setSending] = useState(false);
  const set = (change: Partial<FormState>) => setState((s) => ({ ...s, ...change }));
  const setFinding = (i: number, change: Partial<FindingState>) => set({ findings: state.findings.map((f, j) => (j === i ? { ...f, ...change } : f)) });
  const errorAt = (id: string) => errorFor(errors, id);
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
    const shown = (list: readonly InputProblem[]) => list.map((p) => ({ text: p.message, href: `#${fieldId(p.field, input)}` }));
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
    <DateInput id={`inspection-${name}`} legend={legend} hint={hint} value={state[name]} error={errorAt(`inspection-${name}`)} onChange={(parts) => set({ [name]: parts })} />
  );

  return (
    <>
      {errors.length > 0 && <ErrorSummary title="There is a problem" errors={errors} />}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Radios id="inspection-kind" label="What kind of inspection or visit was it?" size="m" error={errorAt('inspection-kind')} value={state.kind} options={KIND_OPTIONS} onChange={(kind) => set({ kind: kind as InspectionKind })} />
        {dateField('start', 'Start date', 'The first day of fieldwork or of the visit')}
        {dateField('end', 'End date', 'The last day on site (the same as the start for a one-day visit)')}
        {dateField('published', 'Publication date (optional)', 'When the report or letter was published; leave empty until it is')}
        <TextInput id="inspection-focus" label="Focus (optional)" hint="The theme of a focused visit or JTAI, or what the visit was about" error={errorAt('inspection-focus')} maxLength={MAX_FOCUS} value={state.focus} onChange={(focus) => set({ focus })} />
        <TextInput id="inspection-report-url" label="Report address (optional)" hint="The https address of the report or letter" type="url" error={errorAt('inspection-report-url')} value={state.reportUrl} onChange={(reportUrl) => set({ reportUrl })} />

        {graded && (
          <fieldset className="govuk-fieldset govuk-!-margin-bottom-6">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Judgements</legend>
            <div className="govuk-hint">Leave a judgement as "Not graded" if the report does not give it. Care leavers have been judged on their own since January 2023.</div>
            {ILACS_JUDGEMENTS.map((type) => (
              <Select
                key={type} id={`judgement-${type}`} label={JUDGEMENT_NAMES[type]} error={errorAt(`judgement-${type}`)} value={state.grades[type] ?? ''} options={GRADE_OPTIONS}
                onChange={(grade) => set({ grades: { ...state.grades, [type]: grade || undefined } })}
              />
            ))}
          </fieldset>
        )}

        <h2 className="govuk-heading-m">Findings</h2>
        <p className="govuk-body">Add each recommendation, area for priority action, area for improvement or strength of the report, in its order.</p>
        {state.findings.map((f, i) => (
          <FindingFields key={f.key} index={i} finding={f} errorAt={errorAt} onChange={(change) => setFinding(i, change)} onRemove={() => set({ findings: state.findings.filter((_, j) => j !== i) })} />
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
