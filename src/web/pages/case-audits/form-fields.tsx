import type { ReactNode } from 'react';

/**
 * GOV.UK form fields for the case-audit and caseload pages: a label or legend, an optional hint and
 * error message tied to the control by aria-describedby, and the error styles when it has one.
 */
interface FieldProps {
  readonly id: string;
  readonly label: string;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
}

function describedBy(id: string, hint: string | undefined, error: string | undefined): string | undefined {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

function HintAndError({ id, hint, error }: { id: string; hint?: string | undefined; error?: string | undefined }) {
  return (
    <>
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
    </>
  );
}

/** A form group with its label, hint and error, around one control. */
function Group({ id, label, hint, error, children }: FieldProps & { children: ReactNode }) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      {children}
    </div>
  );
}

export function TextInput({ id, label, hint, error, value, onChange, type = 'text', width }: FieldProps & { value: string; onChange: (v: string) => void; type?: 'text' | 'number' | 'date'; width?: 2 | 4 | 10 | 20 }) {
  return (
    <Group id={id} label={label} hint={hint} error={error}>
      <input
        className={`govuk-input${width ? ` govuk-input--width-${width}` : ''}${error ? ' govuk-input--error' : ''}`}
        id={id}
        // GOV.UK asks for whole numbers in a text input with a numeric keyboard, not type=number.
        type={type === 'number' ? 'text' : type}
        {...(type === 'number' ? { inputMode: 'numeric' as const, spellCheck: false } : {})}
        value={value}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(e) => onChange(e.target.value)}
      />
    </Group>
  );
}

export function TextArea({ id, label, hint, error, value, onChange, rows = 3, maxLength }: FieldProps & { value: string; onChange: (v: string) => void; rows?: number; maxLength?: number }) {
  return (
    <Group id={id} label={label} hint={hint} error={error}>
      <textarea
        className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
        id={id}
        rows={rows}
        {...(maxLength ? { maxLength } : {})}
        value={value}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(e) => onChange(e.target.value)}
      />
    </Group>
  );
}

export function Select({ id, label, hint, error, value, onChange, options }: FieldProps & { value: string; onChange: (v: string) => void; options: readonly { value: string; text: string }[] }) {
  return (
    <Group id={id} label={label} hint={hint} error={error}>
      <select className={`govuk-select${error ? ' govuk-select--error' : ''}`} id={id} value={value} aria-describedby={describedBy(id, hint, error)} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.text}
          </option>
        ))}
      </select>
    </Group>
  );
}

/**
 * Radios in a fieldset; the first radio's id is `id`, so an error summary can link to the group. `size`
 * 'm' gives the legend a medium heading (a question per page section).
 */
export function Radios({ id, label, hint, error, value, onChange, options, inline, size = 's', children }: FieldProps & {
  value: string;
  onChange: (v: string) => void;
  options: readonly { value: string; text: string }[];
  inline?: boolean;
  size?: 's' | 'm';
  children?: ReactNode;
}) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${size}`}>{label}</legend>
        <HintAndError id={id} hint={hint} error={error} />
        <div className={`govuk-radios govuk-radios--small${inline ? ' govuk-radios--inline' : ''}`}>
          {options.map((o, i) => {
            const optionId = i === 0 ? id : `${id}-${o.value}`;
            return (
              <div className="govuk-radios__item" key={o.value}>
                <input className="govuk-radios__input" id={optionId} name={id} type="radio" value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
                <label className="govuk-label govuk-radios__label" htmlFor={optionId}>
                  {o.text}
                </label>
              </div>
            );
          })}
        </div>
        {children}
      </fieldset>
    </div>
  );
}

/** The error for a field among a form's errors (linked by `#id`). */
export function errorFor(errors: readonly { text: string; href?: string }[], id: string): string | undefined {
  return errors.find((e) => e.href === `#${id}`)?.text;
}
