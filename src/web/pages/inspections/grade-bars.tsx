import type { GradeDistribution } from '../../../core/inspections/comparisons.ts';
import { GRADE_NAMES } from '../../../core/inspections/model.ts';
import { count } from '../../format.ts';

const WIDTH = 440;
const LEFT = 190;
const ROW = 30;
const BAR = 20;

const gradeName = (g: GradeDistribution['grades'][number]['grade']) => (g === 'not known' ? 'Not known' : GRADE_NAMES[g]);
const percent = (n: number, of: number) => (of ? `${Math.round((100 * n) / of)}%` : '–');

/**
 * Councils by the overall grade of their latest inspection: horizontal bars, each labelled with its grade
 * and its count (so nothing depends on colour), and the same figures as a table.
 */
export function GradeBars({ id, distribution, own }: { id: string; distribution: GradeDistribution; own: string | null }) {
  const most = Math.max(1, ...distribution.grades.map((g) => g.councils));
  const scale = (n: number) => (n / most) * (WIDTH - LEFT - 40);
  const title = `${distribution.area}: ${count(distribution.councils)} councils by the overall grade of their latest inspection`;
  return (
    <figure className="govuk-!-margin-0 govuk-!-margin-bottom-6">
      <svg className="app-chart" viewBox={`0 0 ${WIDTH} ${distribution.grades.length * ROW + 10}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{distribution.grades.map((g) => `${gradeName(g.grade)} ${g.councils}`).join(', ')}.</desc>
        <g aria-hidden="true">
          {distribution.grades.map((g, i) => (
            <g key={g.grade}>
              <text x={LEFT - 8} y={i * ROW + 20} textAnchor="end" fontWeight={g.grade === own ? 'bold' : 'normal'}>
                {gradeName(g.grade)}{g.grade === own ? ' (you)' : ''}
              </text>
              <rect x={LEFT} y={i * ROW + 6} width={scale(g.councils)} height={BAR} className="app-chart__point" />
              <text x={LEFT + scale(g.councils) + 6} y={i * ROW + 20}>{g.councils}</text>
            </g>
          ))}
        </g>
      </svg>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--s">{title}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Overall grade</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Councils</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Share</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {distribution.grades.map((g) => (
            <tr className="govuk-table__row" key={g.grade}>
              <th scope="row" className="govuk-table__header">{gradeName(g.grade)}</th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{count(g.councils)}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{percent(g.councils, distribution.councils)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
