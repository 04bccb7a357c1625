import type { ReactNode } from 'react';
import { ApiError } from '../../api/client.ts';

/**
 * The improvement plan's form fields, GOV.UK style: a label, an optional hint, the error message
 * (linked to the field by aria-describedby) and the control.
 */
export type FieldErrors = Readonly<Record<string, string>>;

function Group({ id, label, hint, error, children }: { id: string; label: string; hint?: string | undefined; error: string | undefined; children: ReactNode }) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div id={`${id}-hint`} className="govuk-hint">
          {hint}
        </div>
      )}
      {error && (
        <p id={`${id}-error`} className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
      {children}
    </div>
  );
}

const describedBy = (id: string, hint: string | undefined, error: string | undefined) => [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

interface FieldProps {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly error: string | undefined;
  readonly value: string;
  readonly onChange: (value: string) => void;
}

export function TextField({ id, label, hint, error, value, onChange, maxLength, width }: FieldProps & { maxLength: number; width?: string }) {
  return (
    <Group id={id} label={label} hint={hint} error={error}>
      <input className={`govuk-input${width ? ` govuk-input--width-${width}` : ''}${error ? ' govuk-input--error' : ''}`} id={id} type="text" value={value} maxLength={maxLength}
        aria-describedby={describedBy(id, hint, error)} onChange={(e) => onChange(e.target.value)} />
    </Group>
  );
}

export function TextArea({ id, label, hint, error, value, onChange, maxLength, rows = 3 }: FieldProps & { maxLength: number; rows?: number }) {
  return (
    <Group id={id} label={label} hint={hint} error={error}>
      <textarea className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`} id={id} rows={rows} value={value} maxLength={maxLength}
        aria-describedby={describedBy(id, hint, error)} onChange={(e) => onChange(e.target.value)} />
    </Group>
  );
}

export function DateField({ id, label, hint, error, value, onChange }: FieldProps) {
  return (
    <Group id={id} label={label} hint={hint} error={error}>
      <input className={`govuk-input govuk-input--width-10${error ? ' govuk-input--error' : ''}`} id={id} type="date" value={value}
        aria-describedby={describedBy(id, hint, error)} onChange={(e) => onChange(e.target.value)} />
    </Group>
  );
}

export function SelectField({ id, label, hint, error, value, onChange, options }: FieldProps & { options: readonly (readonly [string, string])[] }) {
  return (
    <Group id={id} label={label} hint={hint} error={error}>
      <select className={`govuk-select${error ? ' govuk-select--error' : ''}`} id={id} value={value} aria-describedby={describedBy(id, hint, error)} onChange={(e) => onChange(e.target.value)}>
        {options.map(([v, words]) => (
          <option key={v} value={v}>
            {words}
          </option>
        ))}
      </select>
    </Group>
  );
}

/**
 * The fields a refusal names: the plan's own checks send each field (422), the API's schema names it in
 * its message ("body/likelihood must be <= 5", 400). Anything else is the form's as a whole ('').
 */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return { '': String(error) };
  const report = error.body.report as { fields?: { field: string; message: string }[] } | undefined;
  if (report?.fields?.length) return Object.fromEntries(report.fields.map((f) => [f.field, f.message]));
  const named = /body\/(\w+)/.exec(error.message);
  return { [named?.[1] ?? '']: error.message };
}

/** The error summary's entries, each leading to its field (`prefix` + field name). */
export function summaryOf(errors: FieldErrors, prefix: string): { text: string; href?: string }[] {
  return Object.entries(errors).map(([field, text]) => (field ? { text, href: `#${prefix}${field}` } : { text }));
}
