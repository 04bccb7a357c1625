import type { Chronology } from '../../core/chronology/chronology.ts';
import type { ChronologyEvent, Conflict } from '../../core/chronology/event.ts';
import type { Source } from '../../core/model/journey.ts';
import { useApi } from '../api/use-api.ts';
import { ErrorSummary, Loading, SummaryList, Tag } from '../components/govuk.tsx';
import { LANES, spanLabel, Timeline } from '../components/timeline.tsx';
import { date } from '../format.ts';

/**
 * One child's chronology across every return: the timeline picture, the events in date order with
 * where each came from (on expand), disagreements between returns marked, and Sightline's own
 * corrections stated. Opening it is recorded in the audit log.
 */
export function ChildChronology({ childId }: { childId: string }) {
  const { data, error, loading } = useApi<Chronology>(`/children/${encodeURIComponent(childId)}/chronology`);
  if (loading) return <Loading what="the chronology" />;
  if (error || !data) {
    return <ErrorSummary title={error?.status === 404 ? 'No such child' : 'The chronology could not be loaded'} errors={[{ text: error?.message ?? '' }]} />;
  }
  const asAt = data.events.reduce((latest, e) => (e.date > latest ? e.date : latest), data.spans[0]?.start ?? '1900-01-01');
  const conflicts = data.events.filter((e) => e.conflicts.length > 0).length + (data.identity.conflicts.length > 0 ? 1 : 0);
  return (
    <>
      <SummaryList
        rows={[
          ['Date of birth', text(data.identity.values.PersonBirthDate)],
          ['Sex', text(data.identity.values.sex)],
          ['Ethnicity', text(data.identity.values.ethnicity)],
          ['Events', String(data.events.length)],
          ['Disagreements between returns', conflicts === 0 ? 'None' : <Tag colour="red">{conflicts}</Tag>],
        ]}
      />
      {data.identity.conflicts.length > 0 && <Conflicts conflicts={data.identity.conflicts} />}
      <h2 className="govuk-heading-m">Timeline</h2>
      <Timeline spans={data.spans} childId={data.childId} asAt={asAt} />
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">The timeline as a list</span>
        </summary>
        <div className="govuk-details__text">
          <ul className="govuk-list govuk-list--bullet">
            {[...data.spans]
              .sort((a, b) => LANES.findIndex((l) => l.kind === a.kind) - LANES.findIndex((l) => l.kind === b.kind) || a.start.localeCompare(b.start))
              .map((s, i) => (
                <li key={i}>{spanLabel(s)}</li>
              ))}
          </ul>
        </div>
      </details>
      {data.corrections.length > 0 && (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <div className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            Sightline corrected {data.corrections.length === 1 ? 'one thing' : `${data.corrections.length} things`} to draw this timeline:
            <ul className="govuk-list govuk-list--bullet">
              {data.corrections.map((c, i) => (
                <li key={i}>
                  {c.what}: {c.why} ({c.sources.map(describeSource).join('; ')})
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
      <Events events={data.events} />
    </>
  );
}

function Events({ events }: { events: readonly ChronologyEvent[] }) {
  return (
    <div className="app-table-wrapper">
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Events, oldest first</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Date</th>
            <th scope="col" className="govuk-table__header">Event</th>
            <th scope="col" className="govuk-table__header">Details</th>
            <th scope="col" className="govuk-table__header">Where it came from</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {events.map((e) => (
            <tr className="govuk-table__row" key={e.key}>
              <td className="govuk-table__cell app-nowrap">{date(e.date)}</td>
              <td className="govuk-table__cell">
                {words(e.kind)}
                {e.conflicts.length > 0 && (
                  <>
                    {' '}
                    <Tag colour="red">Returns disagree</Tag>
                  </>
                )}
              </td>
              <td className="govuk-table__cell">
                {Object.entries(e.details)
                  .filter(([, v]) => v !== null && v !== '')
                  .map(([k, v]) => `${k}: ${String(v)}`)
                  .join(', ')}
                {e.conflicts.length > 0 && <Conflicts conflicts={e.conflicts} />}
              </td>
              <td className="govuk-table__cell">
                <details className="govuk-details govuk-!-margin-bottom-0">
                  <summary className="govuk-details__summary">
                    <span className="govuk-details__summary-text">{e.sources.length === 1 ? '1 return' : `${e.sources.length} returns`}</span>
                  </summary>
                  <div className="govuk-details__text">
                    <ul className="govuk-list">
                      {e.sources.map((s, i) => (
                        <li key={i}>{describeSource(s)}</li>
                      ))}
                    </ul>
                  </div>
                </details>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Conflicts({ conflicts }: { conflicts: readonly Conflict[] }) {
  return (
    <ul className="govuk-list govuk-list--bullet govuk-!-font-size-16">
      {conflicts.map((c) => (
        <li key={c.field}>
          {c.field}: {c.values.map((v) => `${String(v.value)} (${v.sources.map(describeSource).join('; ')})`).join(' or ')}
        </li>
      ))}
    </ul>
  );
}

export function describeSource(s: Source): string {
  const dataset = s.dataset === 'cin' ? 'CIN census' : s.dataset === 'ssda903' ? 'SSDA903' : 'Annex A';
  return `${dataset} ${s.year}${s.file ? `, ${s.file}` : ''}${s.table && !s.file ? `, ${s.table}` : ''}${s.line !== undefined ? `, line ${s.line}` : ''}`;
}

/** Event kinds in words, keeping the DfE's capitals (CIN, UASC). */
const words = (kind: string) => {
  const text = kind.replaceAll('-', ' ').replace(/\bcin\b/g, 'CIN').replace(/\buasc\b/g, 'UASC');
  return text.charAt(0).toUpperCase() + text.slice(1);
};
const text = (v: unknown) => (v === null || v === undefined || v === '' ? 'Not stated' : String(v));
