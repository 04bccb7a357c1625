import { describedBy, HintAndError } from './form-fields.tsx';

/** A date as GOV.UK's date input takes it: day, month and year as typed. */
export interface DateParts {
  readonly day: string;
  readonly month: string;
  readonly year: string;
}

export const NO_DATE: DateParts = { day: '', month: '', year: '' };

export function partsOf(iso: string): DateParts {
  const [year, month, day] = iso.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year: year ?? '' };
}

const blank = (p: DateParts) => !p.day.trim() && !p.month.trim() && !p.year.trim();

/** The ISO date typed ('' when nothing was typed); one that is not a real date fails the shared checks by name. */
export function isoOf(p: DateParts): string {
  if (blank(p)) return '';
  return `${p.year.trim().padStart(4, '0')}-${p.month.trim().padStart(2, '0')}-${p.day.trim().padStart(2, '0')}`;
}

/** A date left out when it is needed, or typed only in part, in GOV.UK's words, naming `field`. */
export function datePartsProblems(field: string, name: string, p: DateParts, required: boolean): { field: string; message: string }[] {
  if (blank(p)) return required ? [{ field, message: `Enter the ${name}` }] : [];
  const missing = (['day', 'month', 'year'] as const).filter((k) => !p[k].trim());
  if (missing.length) return [{ field, message: `The ${name} must include a ${missing.join(' and a ')}` }];
  if (!/^\d{1,2}$/.test(p.day.trim()) || !/^\d{1,2}$/.test(p.month.trim()) || !/^\d{4}$/.test(p.year.trim())) return [{ field, message: `The ${name} must be a real date, such as 27 3 2026` }];
  return [];
}

/**
 * GOV.UK's date input: a fieldset of day, month and year boxes. The day box carries `id`, so that an
 * error summary's link lands on it.
 */
export function DateInput({ id, legend, hint, value, error, onChange }: { id: string; legend: string; hint: string; value: DateParts; error: string | undefined; onChange: (parts: DateParts) => void }) {
  const parts = [
    { key: 'day', label: 'Day', inputId: id, width: 2 },
    { key: 'month', label: 'Month', inputId: `${id}-month`, width: 2 },
    { key: 'year', label: 'Year', inputId: `${id}-year`, width: 4 },
  ] as const;
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" role="group" aria-describedby={describedBy(id, hint, error)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <HintAndError id={id} hint={hint} error={error} />
        <div className="govuk-date-input">
          {parts.map((p) => (
            <div className="govuk-date-input__item" key={p.key}>
              <div className="govuk-form-group">
                <label className="govuk-label govuk-date-input__label" htmlFor={p.inputId}>{p.label}</label>
                <input
                  className={`govuk-input govuk-date-input__input govuk-input--width-${p.width}${error ? ' govuk-input--error' : ''}`}
                  id={p.inputId}
                  type="text"
                  inputMode="numeric"
                  value={value[p.key]}
                  onChange={(e) => onChange({ ...value, [p.key]: e.target.value })}
                />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
