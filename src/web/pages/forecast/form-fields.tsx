import type { ReactNode } from 'react';

/** The scenario editor's boxes, GOV.UK style: a label, an optional hint, the error message linked to the control. */
interface Common {
  readonly id: string;
  readonly label: string;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  /** Label weight: a field on its own is bold; one in a row of fields is plain. */
  readonly bold?: boolean;
}

const describedBy = (id: string, hint: string | undefined, error: string | undefined) => [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

function Group({ id, label, hint, error, bold = true, inline = false, children }: Common & { inline?: boolean; children: ReactNode }) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}${inline ? ' app-inline-field' : ''}`}>
      <label className={`govuk-label${bold ? ' govuk-label--s' : ''}`} htmlFor={id}>
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

export function InputField({ id, label, hint, error, bold, value, onChange, width, type = 'text', inputMode, inline, prefix, suffix }: Common & {
  value: string;
  onChange: (value: string) => void;
  width?: '2' | '3' | '4' | '5' | '10' | '20';
  type?: 'text' | 'date';
  inputMode?: 'decimal' | 'numeric';
  inline?: boolean;
  prefix?: string;
  suffix?: string;
}) {
  const input = (
    <input
      className={`govuk-input${width ? ` govuk-input--width-${width}` : ''}${error ? ' govuk-input--error' : ''}`}
      id={id}
      type={type}
      inputMode={inputMode}
      spellCheck={false}
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

export function SelectField({ id, label, hint, error, bold, value, onChange, options, inline }: Common & {
  value: string;
  onChange: (value: string) => void;
  options: readonly (readonly [value: string, words: string])[];
  inline?: boolean;
}) {
  return (
    <Group id={id} label={label} hint={hint} error={error} bold={bold} inline={inline}>
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

/** A fieldset of rows that people add to and remove from ("Add a move", "Remove move 2"). */
export function Rows<T>({ legend, hint, rows, addLabel, removeLabel, onAdd, onRemove, children }: {
  legend: string;
  hint: string;
  rows: readonly T[];
  addLabel: string;
  removeLabel: (i: number) => string;
  onAdd: () => void;
  onRemove: (i: number) => void;
  children: (row: T, i: number) => ReactNode;
}) {
  return (
    <fieldset className="govuk-fieldset govuk-!-margin-bottom-6">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">{legend}</legend>
      <div className="govuk-hint">{hint}</div>
      {rows.map((row, i) => (
        <div className="app-form-row" key={i}>
          {children(row, i)}
          <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-4" data-module="govuk-button" onClick={() => onRemove(i)}>
            {removeLabel(i)}
          </button>
        </div>
      ))}
      <button type="button" className="govuk-button govuk-button--secondary" data-module="govuk-button" onClick={onAdd}>
        {addLabel}
      </button>
    </fieldset>
  );
}
