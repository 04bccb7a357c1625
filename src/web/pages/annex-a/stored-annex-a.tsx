import { useState } from 'react';
import type { AnnexAReconciliationView, StoredAnnexAView } from '../../../access/annex-a-views.ts';
import { api, ApiError, query } from '../../api/client.ts';
import { ErrorSummary, Loading, TableHead } from '../../components/govuk.tsx';
import { count, date, dateTime } from '../../format.ts';
import { Link } from '../../routing/router.tsx';

/** The council's own Annex A returns in the store; a current one can be compared with the CIN census and SSDA903 of its date. */
export function StoredAnnexA({ stored }: { stored: readonly StoredAnnexAView[] }) {
  const [compared, setCompared] = useState<{ at: string; result: AnnexAReconciliationView | null; error: ApiError | null } | null>(null);
  const compare = async (at: string) => {
    setCompared({ at, result: null, error: null });
    try {
      setCompared({ at, result: await api<AnnexAReconciliationView>(`/annex-a/reconciliation${query({ at })}`), error: null });
    } catch (e) {
      setCompared({ at, result: null, error: e instanceof ApiError ? e : new ApiError(0, 'Something went wrong', String(e), {}) });
    }
  };
  return (
    <section aria-labelledby="stored-heading" className="govuk-!-margin-top-8">
      <h2 className="govuk-heading-m" id="stored-heading">
        The council's own Annex A returns
      </h2>
      {stored.length === 0 ? (
        <p className="govuk-body">None is stored. Load one with sightline import annex-a FILE.xlsx --at DATE; its contacts, early help and visits then join each child's chronology.</p>
      ) : (
        <div className="app-table-wrapper">
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--s">Stored Annex A returns, the latest date first</caption>
            <TableHead columns={['Drawn up as of', 'File', 'Children', 'Imported', 'Status']} />
            <tbody className="govuk-table__body">
              {stored.map((s) => (
                <tr className="govuk-table__row" key={s.returnId}>
                  <th scope="row" className="govuk-table__header">{date(s.at)}</th>
                  <td className="govuk-table__cell">{s.fileName}</td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{count(s.children)}</td>
                  <td className="govuk-table__cell">
                    {dateTime(s.importedAt)} by {s.importedBy}
                  </td>
                  <td className="govuk-table__cell">
                    {s.supersededBy === null ? (
                      <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" data-module="govuk-button" onClick={() => void compare(s.at)}>
                        Compare with the CIN census and SSDA903<span className="govuk-visually-hidden"> as of {date(s.at)}</span>
                      </button>
                    ) : (
                      `Replaced by return ${s.supersededBy}`
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {compared && <Reconciliation at={compared.at} result={compared.result} error={compared.error} />}
    </section>
  );
}

function Reconciliation({ at, result, error }: { at: string; result: AnnexAReconciliationView | null; error: ApiError | null }) {
  if (error) return <ErrorSummary title="The comparison could not be made" errors={[{ text: error.message }]} />;
  if (!result) return <Loading what={`the comparison as of ${date(at)}`} />;
  return (
    <div aria-live="polite">
      <h3 className="govuk-heading-s">As of {date(at)}</h3>
      {result.disagreements.length === 0 ? (
        <p className="govuk-body">The Annex A and the CIN census and SSDA903 agree: every list has the same children, open on the same date, with the same counts.</p>
      ) : (
        <div className="app-table-wrapper">
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--s">
              {count(result.disagreements.length)} places where the Annex A and the CIN census / SSDA903 disagree
            </caption>
            <TableHead columns={['List', 'Child', 'Disagreement']} />
            <tbody className="govuk-table__body">
              {result.disagreements.map((d, i) => (
                <tr className="govuk-table__row" key={i}>
                  <td className="govuk-table__cell">{d.list}</td>
                  <td className="govuk-table__cell">
                    {d.childId ? (
                      <Link className="govuk-link" to={`/children/${encodeURIComponent(d.childId)}`}>
                        {d.childId}
                      </Link>
                    ) : (
                      '–'
                    )}
                  </td>
                  <td className="govuk-table__cell">{d.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
