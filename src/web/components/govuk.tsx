import { useEffect, useRef, type ReactNode } from 'react';

/** Small GOV.UK Design System components the pages share. */

/** The error summary, focused when it appears so that it is read out first. */
export function ErrorSummary({ title, errors }: { title: string; errors: readonly { text: string; href?: string }[] }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), [errors]);
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" ref={box} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((e) => (
              <li key={e.text}>{e.href ? <a href={e.href}>{e.text}</a> : e.text}</li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

export function SummaryList({ rows }: { rows: readonly (readonly [string, ReactNode])[] }) {
  return (
    <dl className="govuk-summary-list">
      {rows.map(([key, value]) => (
        <div className="govuk-summary-list__row" key={key}>
          <dt className="govuk-summary-list__key">{key}</dt>
          <dd className="govuk-summary-list__value">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A table's head row: one column header per title. */
/** A table's column headings; those named in `numeric` are right-aligned, as their figures are. */
export function TableHead({ columns, numeric = [] }: { columns: readonly string[]; numeric?: readonly string[] }) {
  return (
    <thead className="govuk-table__head">
      <tr className="govuk-table__row">
        {columns.map((h) => (
          <th scope="col" className={`govuk-table__header${numeric.includes(h) ? ' govuk-table__header--numeric' : ''}`} key={h}>
            {h}
          </th>
        ))}
      </tr>
    </thead>
  );
}

export function Tag({ colour, children }: { colour?: 'red' | 'yellow' | 'green' | 'grey' | 'blue'; children: ReactNode }) {
  return <strong className={`govuk-tag${colour ? ` govuk-tag--${colour}` : ''}`}>{children}</strong>;
}

export function NotificationBanner({ title, success, children }: { title: string; success?: boolean; children: ReactNode }) {
  return (
    <div className={`govuk-notification-banner${success ? ' govuk-notification-banner--success' : ''}`} role={success ? 'alert' : 'region'} aria-labelledby="notification-title">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="notification-title">
          {title}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">{children}</div>
    </div>
  );
}

/** Previous and next page links, as GOV.UK's pagination component. */
export function Pagination({ previous, next }: { previous?: (() => void) | null; next?: (() => void) | null }) {
  if (!previous && !next) return null;
  return (
    <nav className="govuk-pagination govuk-pagination--block" aria-label="Pages">
      {previous && (
        <div className="govuk-pagination__prev">
          <button type="button" className="govuk-link govuk-pagination__link app-link-button" onClick={previous}>
            <span className="govuk-pagination__link-title">Previous page</span>
          </button>
        </div>
      )}
      {next && (
        <div className="govuk-pagination__next">
          <button type="button" className="govuk-link govuk-pagination__link app-link-button" onClick={next}>
            <span className="govuk-pagination__link-title">Next page</span>
          </button>
        </div>
      )}
    </nav>
  );
}

export function Loading({ what }: { what: string }) {
  return (
    <p className="govuk-body" aria-live="polite">
      Loading {what}…
    </p>
  );
}
