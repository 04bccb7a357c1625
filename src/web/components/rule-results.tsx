import type { RuleResultView } from '../../access/views.ts';
import { count } from '../format.ts';
import { Link } from '../routing/router.tsx';
import { Tag } from './govuk.tsx';

/** A return's results rule by rule, worst first, with how to fix each: for a stored return and for one checked in the browser. */
export function RuleResults({ rules, caption, captionSize = 'm', ruleLink }: { rules: readonly RuleResultView[]; caption: string; captionSize?: 's' | 'm'; ruleLink?: (code: string) => string }) {
  if (rules.length === 0) return <p className="govuk-body">No rule found anything to report.</p>;
  return (
    <div className="app-table-wrapper">
      <table className="govuk-table">
        <caption className={`govuk-table__caption govuk-table__caption--${captionSize}`}>{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Rule</th>
            <th scope="col" className="govuk-table__header">Type</th>
            <th scope="col" className="govuk-table__header">Message</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Findings</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Children</th>
            <th scope="col" className="govuk-table__header">How to fix</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rules.map((r) => (
            <tr className="govuk-table__row" key={`${r.code}-${r.message}`}>
              <td className="govuk-table__cell">
                {ruleLink && r.findings > 0 ? (
                  <Link className="govuk-link" to={ruleLink(r.code)}>
                    <span className="govuk-visually-hidden">Findings of rule </span>
                    {r.code}
                  </Link>
                ) : (
                  r.code
                )}
              </td>
              <td className="govuk-table__cell">
                <Tag colour={r.status === 'failed' || r.severity === 'error' ? 'red' : 'yellow'}>{r.status === 'failed' ? 'failed' : r.severity}</Tag>
              </td>
              <td className="govuk-table__cell">{r.message}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{count(r.findings)}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{count(r.children)}</td>
              <td className="govuk-table__cell">{r.note || r.howToFix}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
