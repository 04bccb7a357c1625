import type { ComparisonColumn, ComparisonView } from '../../../core/forecast/comparison.ts';
import { TableHead } from '../../components/govuk.tsx';
import { children, childrenDifference, money, moneyDifference, quarterWords } from './words.ts';

const nameOf = (c: ComparisonColumn) => c.scenario?.name ?? 'Base (no changes)';

/**
 * The base and every saved scenario side by side: a summary of year-one cost and its difference to the
 * base, then cost and children quarter by quarter, each scenario's difference to the base beside its figure.
 */
export function ComparisonTables({ comparison }: { comparison: ComparisonView }) {
  const { columns, quarters } = comparison;
  if (columns.length < 2) return null;
  const failed = columns.filter((c) => c.error);
  const cell = (value: number | null, difference: number | null, words: (n: number) => string, differenceWords: (n: number) => string, first: boolean) =>
    value === null ? '—' : first || difference === null ? words(value) : `${words(value)} (${differenceWords(difference)})`;
  return (
    <>
      <table className="govuk-table" id="comparison">
        <caption className="govuk-table__caption govuk-table__caption--m">Compared with the base</caption>
        <TableHead columns={['Forecast', 'First-year cost', 'Difference to the base', 'Of which from changes to practice']} />
        <tbody className="govuk-table__body">
          {columns.map((c, i) => (
            <tr className="govuk-table__row" key={c.scenario?.id ?? 'base'}>
              <th scope="row" className="govuk-table__header">{nameOf(c)}</th>
              <td className="govuk-table__cell">{c.yearOne === null ? 'cannot be worked out' : money(c.yearOne)}</td>
              <td className="govuk-table__cell">{i === 0 ? '' : c.yearOneDifference === null ? (c.error ? '—' : 'starts on another day') : moneyDifference(c.yearOneDifference)}</td>
              <td className="govuk-table__cell">{c.yearOneFromChanges === null ? '' : moneyDifference(c.yearOneFromChanges)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {failed.map((c) => (
        <p className="govuk-body" key={c.scenario?.id}>
          “{nameOf(c)}” cannot be worked out on the current returns: {c.error} Change it to match the data.
        </p>
      ))}
      {[
        { title: 'Cost per quarter (difference to the base in brackets)', values: (c: ComparisonColumn) => c.cost, differences: (c: ComparisonColumn) => c.costDifference, words: money, differenceWords: moneyDifference },
        { title: 'Children in care at the end of each quarter (difference to the base in brackets)', values: (c: ComparisonColumn) => c.children, differences: (c: ComparisonColumn) => c.childrenDifference, words: children, differenceWords: childrenDifference },
      ].map((t) => (
        <table className="govuk-table" key={t.title}>
          <caption className="govuk-table__caption govuk-table__caption--s">{t.title}</caption>
          <TableHead columns={['Quarter', ...columns.map(nameOf)]} />
          <tbody className="govuk-table__body">
            {quarters.map((q, qi) => (
              <tr className="govuk-table__row" key={q}>
                <th scope="row" className="govuk-table__header">{quarterWords(q)}</th>
                {columns.map((c, i) => (
                  <td className="govuk-table__cell" key={c.scenario?.id ?? 'base'}>
                    {cell(t.values(c)[qi]!, t.differences(c)[qi]!, t.words, t.differenceWords, i === 0)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </>
  );
}
