/** A table's head row in which the columns that hold figures are right-aligned over them, as GOV.UK's numeric tables are. */
export function FiguresHead({ columns, figures }: { columns: readonly string[]; figures: readonly string[] }) {
  return (
    <thead className="govuk-table__head">
      <tr className="govuk-table__row">
        {columns.map((h) => (
          <th scope="col" className={`govuk-table__header${figures.includes(h) ? ' govuk-table__header--numeric' : ''}`} key={h}>
            {h}
          </th>
        ))}
      </tr>
    </thead>
  );
}
