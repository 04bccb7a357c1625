import type { Span } from '../../core/chronology/event.ts';
import { date } from '../format.ts';

/**
 * A child's chronology drawn as a picture: one lane per kind of span (CIN episodes, plans, care,
 * placements, legal statuses, missing), years along the bottom. Each bar has its dates as a tooltip;
 * the table under the picture says the same in words for anyone who cannot see it.
 */
export const LANES: readonly { kind: Span['kind']; label: string; colour: string }[] = [
  { kind: 'cin-episode', label: 'CIN episodes', colour: '#1d70b8' },
  { kind: 'cin-plan', label: 'CIN plans', colour: '#5694ca' },
  { kind: 'child-protection-plan', label: 'Child protection plans', colour: '#d4351c' },
  { kind: 'period-of-care', label: 'Periods of care', colour: '#00703c' },
  { kind: 'placement', label: 'Placements', colour: '#4c2c92' },
  { kind: 'legal-status', label: 'Legal statuses', colour: '#b58840' },
  { kind: 'missing', label: 'Missing', colour: '#505a5f' },
];

const WIDTH = 960;
const LEFT = 190;
const LANE = 32;
const TOP = 10;
const AXIS = 36;

const days = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000;

export function spanLabel(s: Span): string {
  const lane = LANES.find((l) => l.kind === s.kind)?.label.replace(/s$/, '') ?? s.kind;
  const what = Object.entries(s.details)
    .filter(([, v]) => v !== null && v !== '')
    .slice(0, 3)
    .map(([k, v]) => `${k} ${String(v)}`)
    .join(', ');
  return `${lane}: ${date(s.start)} to ${s.end ? date(s.end) : 'still open'}${what ? ` (${what})` : ''}`;
}

export function Timeline({ spans, childId, asAt }: { spans: readonly Span[]; childId: string; asAt: string }) {
  const lanes = LANES.filter((l) => spans.some((s) => s.kind === l.kind));
  if (lanes.length === 0) return <p className="govuk-body">No episodes, plans or periods of care to draw.</p>;
  const start = Math.min(...spans.map((s) => days(s.start)));
  const end = Math.max(days(asAt), ...spans.map((s) => days(s.end ?? asAt))) + 1;
  const x = (d: number) => LEFT + ((d - start) / Math.max(end - start, 1)) * (WIDTH - LEFT - 10);
  const height = TOP + lanes.length * LANE + AXIS;
  const firstYear = new Date(start * 86_400_000).getUTCFullYear() + 1;
  const lastYear = new Date(end * 86_400_000).getUTCFullYear();
  const step = Math.max(1, Math.ceil((lastYear - firstYear + 1) / 10));
  const years: number[] = [];
  for (let y = firstYear; y <= lastYear; y += step) years.push(y);
  const summary = lanes.map((l) => `${spans.filter((s) => s.kind === l.kind).length} ${l.label.toLowerCase()}`).join(', ');

  return (
    <figure className="govuk-!-margin-0">
      <svg className="app-timeline" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby="timeline-title timeline-desc">
        <title id="timeline-title">Timeline of child {childId}</title>
        <desc id="timeline-desc">
          From {date(new Date(start * 86_400_000).toISOString())} to {date(new Date((end - 1) * 86_400_000).toISOString())}: {summary}. The table of spans below gives each one.
        </desc>
        {lanes.map((l, i) => (
          <g key={l.kind}>
            <text x={LEFT - 10} y={TOP + i * LANE + LANE / 2 + 5} textAnchor="end">
              {l.label}
            </text>
            <line x1={LEFT} x2={WIDTH - 10} y1={TOP + (i + 1) * LANE} y2={TOP + (i + 1) * LANE} stroke="#b1b4b6" />
            {spans
              .filter((s) => s.kind === l.kind)
              .map((s, j) => {
                const left = x(days(s.start));
                const right = x(days(s.end ?? asAt) + 1);
                return (
                  <rect key={j} x={left} y={TOP + i * LANE + 6} width={Math.max(right - left, 3)} height={LANE - 12} fill={l.colour} fillOpacity={s.end ? 1 : 0.55} stroke={l.colour}>
                    <title>{spanLabel(s)}</title>
                  </rect>
                );
              })}
          </g>
        ))}
        {years.map((y) => {
          const at = x(days(`${y}-01-01`));
          return (
            <g key={y}>
              <line x1={at} x2={at} y1={TOP} y2={TOP + lanes.length * LANE + 6} stroke="#505a5f" strokeDasharray="2 3" />
              <text x={at} y={TOP + lanes.length * LANE + 24} textAnchor="middle">
                {y}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="govuk-body-s">Bars still open at the latest return are drawn paler. Hover over a bar for its dates.</figcaption>
    </figure>
  );
}
