import type { InspectionsOverviewView } from '../../../access/inspections-access.ts';
import { COMBINED_CARE_LEAVERS_CAVEAT, GRADE_NAMES, ILACS_JUDGEMENTS, JUDGEMENT_SHORT_NAMES, KIND_NAMES, SIF_MAPPING_CAVEAT } from '../../../core/inspections/model.ts';
import type { NextInspection } from '../../../core/inspections/next-inspection.ts';
import { overallGrade, type TimelineEntry } from '../../../core/inspections/timeline.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorSummary, Loading, SummaryList, TableHead } from '../../components/govuk.tsx';
import { date, dateTime } from '../../format.ts';
import { Link } from '../../routing/router.tsx';
import { allows, useSession } from '../../session.tsx';
import { GradeBars } from './grade-bars.tsx';
import { JudgementChart } from './judgement-chart.tsx';
import { dateRange, gradeWords, kindWords } from './judgement-words.ts';

const GRADE_COLUMNS = ILACS_JUDGEMENTS.map((t) => JUDGEMENT_SHORT_NAMES[t]);

/**
 * The SIF-only judgements, and what to bear in mind, for a row's notes: the SIF mapping is explained once,
 * under the table, and combined care leavers show in their own column.
 */
function notes(e: TimelineEntry): string[] {
  const sifOnly = e.judgements.filter((j) => !(ILACS_JUDGEMENTS as readonly string[]).includes(j.type)).map((j) => `${JUDGEMENT_SHORT_NAMES[j.type]}: ${GRADE_NAMES[j.grade].toLowerCase()}`);
  return [...(e.focus ? [`Focus: ${e.focus}`] : []), ...sifOnly, ...e.caveats.filter((c) => c !== COMBINED_CARE_LEAVERS_CAVEAT).map((c) => (c === SIF_MAPPING_CAVEAT ? 'SIF judgements: see the note under the table' : c))];
}

function TimelineTable({ timeline }: { timeline: readonly TimelineEntry[] }) {
  return (
    <div className="app-table-wrapper">
      <table className="govuk-table govuk-table--small-text-until-tablet">
        <caption className="govuk-table__caption govuk-table__caption--m">Every inspection and visit, oldest first</caption>
        <TableHead columns={['Published', 'Inspection or visit', ...GRADE_COLUMNS, 'Notes']} />
        <tbody className="govuk-table__body">
          {timeline.map((e) => (
            <tr className="govuk-table__row" key={e.key}>
              <th scope="row" className="govuk-table__header">{e.published ? date(e.published) : 'Not published yet'}</th>
              <td className="govuk-table__cell">
                {kindWords(e)}
                <span className="govuk-body-s govuk-!-display-block">{dateRange(e.start, e.end)}</span>
                {!e.verified && <strong className="govuk-tag govuk-tag--yellow govuk-!-margin-left-1">Not verified</strong>}
              </td>
              {ILACS_JUDGEMENTS.map((t) => (
                <td className="govuk-table__cell" key={t}>{gradeWords(e, t)}</td>
              ))}
              <td className="govuk-table__cell">
                {notes(e).map((n) => (
                  <p className="govuk-body-s govuk-!-margin-bottom-1" key={n}>{n}</p>
                ))}
                {e.recordId !== null && <Link className="govuk-link govuk-body-s" to={`/inspections/${e.recordId}`}>The council's record<span className="govuk-visually-hidden"> of the {kindWords(e).toLowerCase()} starting {date(e.start)}</span></Link>}
                {e.reportLink && e.recordId === null && (
                  <a className="govuk-link govuk-body-s" href={e.reportLink} rel="noreferrer noopener" target="_blank">
                    Report (opens in a new tab)<span className="govuk-visually-hidden"> of the inspection published {e.published ? date(e.published) : ''}</span>
                  </a>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {timeline.some((e) => e.framework === 'SIF') && <div className="govuk-inset-text">{SIF_MAPPING_CAVEAT}</div>}
    </div>
  );
}

const EXPECTED: Readonly<Record<NextInspection['expected'], string>> = {
  'short-inspection': 'A short inspection (about one week on site)',
  'standard-inspection': 'A standard inspection (about two weeks on site)',
  're-inspection': 'Monitoring visits, then a re-inspection when Ofsted judges the council ready',
  'not known': 'Not known',
};

function NextInspectionSummary({ next }: { next: NextInspection }) {
  return (
    <>
      <SummaryList
        rows={[
          ['Expected next', EXPECTED[next.expected]],
          ['Usual window', next.window ? `${date(next.window.from)} to ${date(next.window.to)}` : 'No fixed window'],
          ...(next.window ? [['Three-year anniversary', date(next.window.anniversary)] as const] : []),
          ...(next.status ? [['Today', next.status === 'in the window' ? 'In the window' : next.status === 'before the window' ? 'Before the window' : 'The window has passed'] as const] : []),
        ]}
      />
      <h3 className="govuk-heading-s">Why</h3>
      {next.reasoning.map((r) => (
        <p className="govuk-body" key={r}>{r}</p>
      ))}
    </>
  );
}

function Neighbours({ neighbours }: { neighbours: InspectionsOverviewView['neighbours'] }) {
  return (
    <div className="app-table-wrapper">
      <table className="govuk-table govuk-table--small-text-until-tablet">
        <caption className="govuk-table__caption govuk-table__caption--m">Statistical neighbours' latest judgements, closest neighbour first</caption>
        <TableHead columns={['Council', 'Published', ...GRADE_COLUMNS]} />
        <tbody className="govuk-table__body">
          {neighbours.map((n) => (
            <tr className="govuk-table__row" key={n.la}>
              <th scope="row" className="govuk-table__header">{n.name}</th>
              <td className="govuk-table__cell">
                {n.latest ? `${date(n.latest.at)} (${n.latest.framework})` : 'No inspection held'}
                {n.latest && !n.latest.verified && <strong className="govuk-tag govuk-tag--yellow govuk-!-margin-left-1">Not verified</strong>}
              </td>
              {ILACS_JUDGEMENTS.map((t) => (
                <td className="govuk-table__cell" key={t}>{n.latest ? gradeWords(n.latest, t) : ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Recorded({ recorded, canRecord }: { recorded: InspectionsOverviewView['recorded']; canRecord: boolean }) {
  return (
    <>
      {recorded.length === 0 ? (
        <p className="govuk-body">The council has not recorded any inspection or visit yet.</p>
      ) : (
        <div className="app-table-wrapper">
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--s">Inspections and visits recorded by the council, oldest first</caption>
            <TableHead columns={['Inspection or visit', 'Dates', 'Published', 'Overall', 'Findings', 'Last changed']} />
            <tbody className="govuk-table__body">
              {recorded.map((r) => (
                <tr className="govuk-table__row" key={r.id}>
                  <th scope="row" className="govuk-table__header">
                    <Link className="govuk-link" to={`/inspections/${r.id}`}>{KIND_NAMES[r.kind]}{r.focus ? `: ${r.focus}` : ''}</Link>
                  </th>
                  <td className="govuk-table__cell">{dateRange(r.start, r.end)}</td>
                  <td className="govuk-table__cell">{r.published ? date(r.published) : 'Not yet'}</td>
                  <td className="govuk-table__cell">{r.overall ? GRADE_NAMES[r.overall] : 'Not graded'}</td>
                  <td className="govuk-table__cell">{r.findings}</td>
                  <td className="govuk-table__cell">{dateTime(r.updatedAt)} by {r.updatedBy}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canRecord && (
        <Link to="/inspections/new" className="govuk-button" data-module="govuk-button" role="button">
          Record an inspection or visit
        </Link>
      )}
    </>
  );
}

/**
 * The council's inspections: Ofsted's judgements over time (with its own records), what the ILACS rules
 * say comes next, how its statistical neighbours, England and its region were last judged, and the
 * inspections and visits it has recorded.
 */
export function InspectionsOverview() {
  const { session } = useSession();
  const { data, error, loading } = useApi<InspectionsOverviewView>('/inspections');
  if (loading) return <Loading what="the inspections" />;
  if (error || !data) return <ErrorSummary title="The inspections could not be loaded" errors={[{ text: error?.message ?? 'No answer' }]} />;
  const own = data.timeline.filter((e) => e.fromOfsted).at(-1);
  const ownGrade = own ? (overallGrade(own.judgements) ?? 'not known') : null;
  return (
    <>
      <p className="govuk-body">
        Ofsted's judgements of {data.name} since 2013, with the inspections and visits the council has recorded. Published judgements as at {date(data.historyAsAt)}:
        contains Ofsted data © Crown copyright (Open Government Licence v3), via data-to-insight's ILACS scrape tool.
      </p>
      <h2 className="govuk-heading-m">Judgements over time</h2>
      <JudgementChart timeline={data.timeline} />
      <TimelineTable timeline={data.timeline} />
      <h2 className="govuk-heading-m">The next inspection</h2>
      <NextInspectionSummary next={data.next} />
      <h2 className="govuk-heading-m">Statistical neighbours</h2>
      <Neighbours neighbours={data.neighbours} />
      <h2 className="govuk-heading-m">England{data.regionGrades ? ` and the ${data.regionGrades.area}` : ''}</h2>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <GradeBars id="england-grades" distribution={data.englandGrades} own={ownGrade} />
        </div>
        {data.regionGrades && (
          <div className="govuk-grid-column-one-half">
            <GradeBars id="region-grades" distribution={data.regionGrades} own={ownGrade} />
          </div>
        )}
      </div>
      <h2 className="govuk-heading-m">Recorded by the council</h2>
      <Recorded recorded={data.recorded} canRecord={allows(session, 'record-inspection')} />
    </>
  );
}
