import type { ReactNode } from 'react';

/**
 * GOV.UK Design System form fields: a label (or a legend), an optional hint, the error message tied to
 * the control by aria-describedby, and the error styles when there is one. The error summary they lead
 * from is ErrorSummary in govuk.tsx.
 */
interface FieldProps {
  readonly id: string;
  readonly label: string;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
}

interface ValueProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
}

interface GroupProps extends FieldProps {
  /** Label weight: a field on its own is bold; one in a row of fields is plain. */
  readonly bold?: boolean;
  /** Set beside the fields around it, in a row (app-inline-field). */
  readonly inline?: boolean;
}

export interface Option {
  readonly value: string;
  readonly text: string;
}

/** The ids of a field's hint and error message, for the control's aria-describedby. */
export function describedBy(id: string, hint: string | undefined, error: string | undefined): string | undefined {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

/** A field's hint and error message, with the ids `describedBy` names. */
export function HintAndError({ id, hint, error }: { id: string; hint?: string | undefined; error?: string | undefined }) {
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
function Group({ id, label, hint, error, bold = true, inline = false, children }: GroupProps & { children: ReactNode }) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}${inline ? ' app-inline-field' : ''}`}>
      <label className={`govuk-label${bold ? ' govuk-label--s' : ''}`} htmlFor={id}>
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      {children}
    </div>
  );
}

/**
 * A text input. 'number' and 'decimal' are text inputs with a numeric keyboard, as GOV.UK asks, not
 * type=number; they and 'url' are not spellchecked. `prefix` and `suffix` stand either side ("£", "%").
 */
export function TextInput({ id, label, hint, error, bold, inline, value, onChange, type = 'text', width, maxLength, prefix, suffix }: GroupProps & ValueProps & {
  type?: 'text' | 'number' | 'decimal' | 'date' | 'url';
  width?: 2 | 3 | 4 | 5 | 10 | 20;
  maxLength?: number;
  prefix?: string;
  suffix?: string;
}) {
  const numeric = type === 'number' || type === 'decimal';
  const input = (
    <input
      className={`govuk-input${width ? ` govuk-input--width-${width}` : ''}${error ? ' govuk-input--error' : ''}`}
      id={id}
      type={numeric ? 'text' : type}
      inputMode={type === 'number' ? 'numeric' : type === 'decimal' ? 'decimal' : undefined}
      spellCheck={numeric || type === 'url' ? false : undefined}
      maxLength={maxLength}
      value={value}
      aria-describedby={describedBy(id, hint, error)}
      onChange={(e) => onChange(e.target.value)}
    />
  );
  return (
    <Group id={id} label={label} hint={hint} error={error} bold={bold} inline={inline}>
      {prefix || suffix ? (
        <div className="govuk-input__wrapper">
          {prefix && <div className="govuk-input__prefix" aria-hidden="true">{prefix}</div>}
          {input}
          {suffix && <div className="govuk-input__suffix" aria-hidden="true">{suffix}</div>}
        </div>
      ) : input}
    </Group>
  );
}

export function TextArea({ id, label, hint, error, value, onChange, rows = 3, maxLength }: FieldProps & ValueProps & { rows?: number; maxLength?: number }) {
  return (
    <Group id={id} label={label} hint={hint} error={error}>
      <textarea
        className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
        id={id}
        rows={rows}
        maxLength={maxLength}
        value={value}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(e) => onChange(e.target.value)}
      />
    </Group>
  );
}

export function Select({ id, label, hint, error, bold, inline, value, onChange, options }: GroupProps & ValueProps & { options: readonly Option[] }) {
  return (
    <Group id={id} label={label} hint={hint} error={error} bold={bold} inline={inline}>
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
 * 'm' gives the legend a medium heading (a question per page section); `children` follow the radios
 * (a conditional reveal).
 */
export function Radios({ id, label, hint, error, value, onChange, options, inline, small, size = 's', children }: FieldProps & ValueProps & {
  options: readonly Option[];
  inline?: boolean;
  small?: boolean;
  size?: 's' | 'm';
  children?: ReactNode;
}) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${size}`}>{label}</legend>
        <HintAndError id={id} hint={hint} error={error} />
        <div className={`govuk-radios${small ? ' govuk-radios--small' : ''}${inline ? ' govuk-radios--inline' : ''}`} data-module="govuk-radios">
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

/** The error for a field among a form's error summary entries (each linked by `#id`). */
export function errorFor(errors: readonly { text: string; href?: string }[], id: string): string | undefined {
  return errors.find((e) => e.href === `#${id}`)?.text;
}
