import { GRADE_NAMES, GRADES, ILACS_FROM, ILACS_JUDGEMENTS, JUDGEMENT_NAMES, JUDGEMENT_SHORT_NAMES, type Grade } from '../../../core/inspections/model.ts';
import type { TimelineEntry } from '../../../core/inspections/timeline.ts';
import { ChartImage } from '../../components/chart.tsx';
import { date } from '../../format.ts';
import { gradeOf } from './judgement-words.ts';

const WIDTH = 760;
const LEFT = 130;
const RIGHT = 20;
const TOP = 34;
const BAND = 112;
const TITLE = 22;
const STEP = 20;
const AXIS = 30;

const days = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** A point's marker: SIF a hollow square, ILACS a filled circle, so the framework reads without colour. */
function Marker({ x, y, sif }: { x: number; y: number; sif: boolean }) {
  return sif
    ? <rect x={x - 5} y={y - 5} width={10} height={10} fill="#ffffff" stroke="#0b0c0c" strokeWidth={2} />
    : <circle cx={x} cy={y} r={5.5} fill="#1d70b8" stroke="#0b0c0c" strokeWidth={1} />;
}

/** The grades of every judgement, in words, for the picture's text alternative. */
function description(graded: readonly TimelineEntry[]): string {
  return ILACS_JUDGEMENTS.map((type) => {
    const points = graded.flatMap((e) => {
      const g = gradeOf(e, type);
      return g ? [`${GRADE_NAMES[g].toLowerCase()} (${e.framework ?? 'ILACS'}, published ${date(e.at)})`] : [];
    });
    return `${JUDGEMENT_NAMES[type]}: ${points.length ? points.join('; ') : 'no grade'}.`;
  }).join(' ');
}

/**
 * Every ILACS judgement's grade over time, one band per judgement (outstanding at the top), each point
 * placed at the date its judgement was published. SIF points are hollow squares and ILACS ones filled
 * circles, and a dashed line marks January 2018, when ILACS replaced the SIF: the SIF judgements map only
 * roughly onto ILACS ones. A line joins a judgement's grades only where consecutive inspections both gave one.
 */
export function JudgementChart({ timeline }: { timeline: readonly TimelineEntry[] }) {
  const graded = timeline.filter((e) => e.judgements.length > 0);
  if (graded.length === 0) return <p className="govuk-body">No graded inspection to draw.</p>;
  const firstYear = Number(graded[0]!.at.slice(0, 4));
  const lastYear = Number(graded.at(-1)!.at.slice(0, 4)) + 1;
  const start = days(`${firstYear}-01-01`);
  const end = days(`${lastYear}-12-31`);
  const x = (iso: string) => LEFT + ((days(iso) - start) / (end - start)) * (WIDTH - LEFT - RIGHT);
  const height = TOP + ILACS_JUDGEMENTS.length * BAND + AXIS;
  const gradeY = (band: number, g: Grade) => TOP + band * BAND + TITLE + GRADES.indexOf(g) * STEP;
  const yearStep = lastYear - firstYear > 12 ? 2 : 1;
  const years: number[] = [];
  for (let y = firstYear; y <= lastYear; y += yearStep) years.push(y);
  const showIlacsStart = ILACS_FROM > `${firstYear}-01-01` && ILACS_FROM < `${lastYear}-12-31`;
  return (
    <ChartImage id="judgement-chart" title="Ofsted judgements over time, one band per judgement" description={description(graded)} width={WIDTH} height={height}>
      <g aria-hidden="true">
        <Marker x={LEFT + 6} y={14} sif={false} />
        <text x={LEFT + 18} y={19}>ILACS</text>
        <Marker x={LEFT + 86} y={14} sif />
        <text x={LEFT + 98} y={19}>Single inspection framework (maps roughly)</text>
        {ILACS_JUDGEMENTS.map((type, band) => {
          let path = '';
          let joined = false;
          for (const e of graded) {
            const g = gradeOf(e, type);
            if (g) path += `${joined ? 'L' : 'M'}${x(e.at).toFixed(1)},${gradeY(band, g)}`;
            joined = g !== null;
          }
          return (
            <g key={type}>
              <text x={8} y={TOP + band * BAND + 14} fontWeight="bold">{JUDGEMENT_SHORT_NAMES[type]}</text>
              {GRADES.map((g) => (
                <g key={g}>
                  <line x1={LEFT} x2={WIDTH - RIGHT} y1={gradeY(band, g)} y2={gradeY(band, g)} stroke="#b1b4b6" strokeDasharray="2 4" />
                  <text x={LEFT - 8} y={gradeY(band, g) + 5} textAnchor="end">{GRADE_NAMES[g].replace('Requires improvement', 'Requires impr.')}</text>
                </g>
              ))}
              <path d={path} fill="none" stroke="#505a5f" strokeWidth={2} />
              {graded.map((e) => {
                const g = gradeOf(e, type);
                return g ? <Marker key={e.key} x={x(e.at)} y={gradeY(band, g)} sif={e.framework === 'SIF'} /> : null;
              })}
            </g>
          );
        })}
        {showIlacsStart && (
          <>
            <line x1={x(ILACS_FROM)} x2={x(ILACS_FROM)} y1={TOP} y2={height - AXIS} stroke="#0b0c0c" strokeDasharray="6 4" />
            <text x={x(ILACS_FROM) + 4} y={TOP + 14}>ILACS from January 2018</text>
          </>
        )}
        <line x1={LEFT} x2={WIDTH - RIGHT} y1={height - AXIS} y2={height - AXIS} className="app-chart__axis" />
        {years.map((y) => (
          <g key={y}>
            <line x1={x(`${y}-01-01`)} x2={x(`${y}-01-01`)} y1={height - AXIS} y2={height - AXIS + 6} className="app-chart__axis" />
            <text x={x(`${y}-01-01`)} y={height - 8} textAnchor="middle">{y}</text>
          </g>
        ))}
      </g>
    </ChartImage>
  );
}
