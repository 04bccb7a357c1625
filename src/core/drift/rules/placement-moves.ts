import { careDuring, carerPlacements, lookedAfterOn } from '../../indicators/care.ts';
import { windowStart } from '../../indicators/date-shift.ts';
import { concern, type DriftRule } from '../rule.ts';

export const placementMoves: DriftRule = {
  id: 'placement-moves',
  title: 'Child looked after with 3 or more placements in 12 months',
  timescale: { text: 'Three or more placements with different carers in the 12 months to the date (the DfE stability measure, taken on any day)', source: 'DfE stability measures for children looked after (indicators.md §1.5)' },
  status: 'statutory',
  severity: 'medium',
  items(child, context) {
    const { at, settings } = context;
    const care = lookedAfterOn(child, at);
    if (!care) return [];
    const from = windowStart(at, 12);
    const placements = carerPlacements(careDuring(child, from, at), from, at);
    if (placements.length < settings.placementsIn12Months) return [];
    const current = placements.at(-1)!;
    const arose = placements[settings.placementsIn12Months - 1]!.start;
    return [concern(this, child, at, {
      // Keyed by the current placement: another move is a new situation and comes back even if this one was acknowledged.
      key: `placement:${current.start}`,
      what: `${placements.length} placements in the 12 months to ${at}`,
      since: placements[0]!.start,
      arose: arose > from ? arose : from,
      facts: placements.map((p) => ({ date: p.start, what: `placement ${p.place ?? ''}`.trim() })),
    })];
  },
};
