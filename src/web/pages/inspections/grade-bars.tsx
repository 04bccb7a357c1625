import type { GradeDistribution } from '../../../core/inspections/comparisons.ts';
import { GRADE_NAMES } from '../../../core/inspections/model.ts';
import { ChartFigure } from '../../components/chart.tsx';
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
    <ChartFigure
      id={id}
      title={title}
      description={`${distribution.grades.map((g) => `${gradeName(g.grade)} ${g.councils}`).join(', ')}.`}
      width={WIDTH}
      height={distribution.grades.length * ROW + 10}
      columns={[{ name: 'Overall grade' }, { name: 'Councils', numeric: true }, { name: 'Share', numeric: true }]}
      rows={distribution.grades.map((g) => ({ key: g.grade, cells: [gradeName(g.grade), count(g.councils), percent(g.councils, distribution.councils)] }))}
      tableShown
    >
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
    </ChartFigure>
  );
}
