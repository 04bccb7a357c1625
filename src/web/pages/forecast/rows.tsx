import type { ReactNode } from 'react';

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
