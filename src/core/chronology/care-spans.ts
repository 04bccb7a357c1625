import type { ChronologyEvent, Span } from './event.ts';
import type { ReconciledEpisode } from './episodes.ts';

const NEW_PLACEMENT = new Set(['S', 'P', 'B', 'T', 'U']);
const NEW_LEGAL_STATUS = new Set(['S', 'L', 'B', 'U']);

/**
 * Periods of care, placements and legal statuses from a child's reconciled episodes (datasets.md §2.5):
 * a period of care runs from an episode that starts one (RNE S, or after a break) to the first episode
 * whose reason for ending is not X1; a new placement begins with RNE S, P, B, T or U; a new legal
 * status with S, L, B or U. Also the events that mark those changes.
 */
export function careSpans(episodes: readonly ReconciledEpisode[]): { spans: Span[]; events: ChronologyEvent[] } {
  const spans: Span[] = [];
  const events: ChronologyEvent[] = [];
  let period: { start: ReconciledEpisode; episodes: ReconciledEpisode[] } | null = null;
  let placement: { start: ReconciledEpisode; end: string | null } | null = null;
  let legal: { start: ReconciledEpisode; end: string | null } | null = null;

  const closePlacement = () => {
    if (placement) spans.push(span('placement', placement.start, placement.end, { PLACE: placement.start.PLACE, PLACE_PROVIDER: placement.start.PLACE_PROVIDER, PL_POST: placement.start.PL_POST, URN: placement.start.URN }));
    placement = null;
  };
  const closeLegal = () => {
    if (legal) spans.push(span('legal-status', legal.start, legal.end, { LS: legal.start.LS }));
    legal = null;
  };
  const closePeriod = (last: ReconciledEpisode) => {
    if (!period) return;
    closePlacement();
    closeLegal();
    const ended = last.DEC !== null && last.REC !== null && last.REC !== 'X1';
    spans.push(span('period-of-care', period.start, ended ? last.DEC : null, { episodes: period.episodes.length, REC: ended ? last.REC : null }));
    if (ended) events.push(event('ceased-to-be-looked-after', last.DECOM, last.DEC!, last, { REC: last.REC, LS: last.LS, PLACE: last.PLACE }));
    period = null;
  };

  let previous: ReconciledEpisode | null = null;
  for (const e of episodes) {
    const continues = period !== null && previous !== null && previous.REC === 'X1' && previous.DEC === e.DECOM && e.RNE !== 'S';
    if (!continues) {
      if (previous) closePeriod(previous);
      period = { start: e, episodes: [] };
      events.push(event('started-to-be-looked-after', e.DECOM, e.DECOM, e, { LS: e.LS, CIN: e.CIN, PLACE: e.PLACE, PLACE_PROVIDER: e.PLACE_PROVIDER, HOME_POST: e.HOME_POST, PL_POST: e.PL_POST, URN: e.URN }));
    } else {
      if (NEW_PLACEMENT.has(e.RNE ?? '')) {
        events.push(event('placement-changed', e.DECOM, e.DECOM, e, { RNE: e.RNE, PLACE: e.PLACE, PLACE_PROVIDER: e.PLACE_PROVIDER, PL_POST: e.PL_POST, URN: e.URN, REASON_PLACE_CHANGE: previous!.REASON_PLACE_CHANGE }));
      }
      if (NEW_LEGAL_STATUS.has(e.RNE ?? '')) events.push(event('legal-status-changed', e.DECOM, e.DECOM, e, { RNE: e.RNE, LS: e.LS }));
    }
    period!.episodes.push(e);
    if (!continues || NEW_PLACEMENT.has(e.RNE ?? '')) {
      closePlacement();
      placement = { start: e, end: e.DEC };
    } else placement!.end = e.DEC;
    if (!continues || NEW_LEGAL_STATUS.has(e.RNE ?? '')) {
      closeLegal();
      legal = { start: e, end: e.DEC };
    } else legal!.end = e.DEC;
    previous = e;
  }
  if (previous) closePeriod(previous);
  return { spans: spans.sort((a, b) => a.start.localeCompare(b.start)), events };
}

function span(kind: Span['kind'], start: ReconciledEpisode, end: string | null, details: Span['details']): Span {
  return { kind, start: start.DECOM, end, details, sources: start.sources };
}

function event(kind: ChronologyEvent['kind'], key: string, date: string, e: ReconciledEpisode, details: ChronologyEvent['details']): ChronologyEvent {
  return { key: `${kind}:${key}`, kind, date, details, sources: e.sources, conflicts: e.conflicts };
}
