import type { IsoDate } from '../../../model/dates.ts';
import type { Dolo, Missing } from '../../../model/ssda903.ts';
import { overlaps } from '../../intervals.ts';
import type { Cell, Report } from '../../types.ts';
import { at, type Child903 } from './ssda903-rule.ts';

/**
 * The two tables of dated spells, missing from placement and deprivation of liberty orders, share three
 * checks (574/705 overlaps, 576/706 carried over from last year, 577/707 open after care ended): each is
 * written once over a spell's start and end fields.
 */

/** A spell table (Missing, DoLo) read through its start and end fields. */
export interface SpellFields<R> {
  readonly start: (row: R) => IsoDate | null;
  readonly end: (row: R) => IsoDate | null;
  readonly startCell: (row: R) => Cell;
  readonly endCell: (row: R) => Cell;
}

export const missingSpell: SpellFields<Missing> = {
  start: (r) => r.MIS_START,
  end: (r) => r.MIS_END,
  startCell: (r) => at.missing(r, 'MIS_START'),
  endCell: (r) => at.missing(r, 'MIS_END'),
};

export const doloSpell: SpellFields<Dolo> = {
  start: (r) => r.DOLO_START,
  end: (r) => r.DOLO_END,
  startCell: (r) => at.dolo(r, 'DOLO_START'),
  endCell: (r) => at.dolo(r, 'DOLO_END'),
};

/** Reports each spell that starts while an earlier one is still open (574, 705), with the earlier spell's end as related cell. */
export function reportOverlaps<R>(rows: readonly R[], f: SpellFields<R>, report: Report): void {
  if (rows.length < 2) return;
  const pairs = overlaps(rows.map((item) => ({ item, start: f.start(item), end: f.end(item) })));
  for (let i = 0; i < pairs.length; i++) {
    const [earlier, later] = pairs[i]!;
    report(f.startCell(later), [f.endCell(earlier)]);
  }
}

/** Reports each spell open at the end of last year's return that this year's return does not carry on with the same start (576, 706). */
export function reportOpenNotCarried<R>(previous: readonly R[], current: readonly R[], f: SpellFields<R>, report: Report): void {
  for (let i = 0; i < previous.length; i++) {
    const old = previous[i]!;
    const start = f.start(old);
    if (start === null || f.end(old) !== null) continue;
    if (!current.some((row) => f.start(row) === start)) report(at.previous(f.startCell(old)));
  }
}

/** Reports each open spell of a child who ceased to be looked after (577, 707), with the episode's DEC as related cell. */
export function reportOpenAfterCare<R>(child: Child903, rows: readonly R[], f: SpellFields<R>, report: Report): void {
  const ceased = child.facts.ceased;
  if (ceased === null) return;
  for (let i = 0; i < rows.length; i++) { const row = rows[i]!; if (f.start(row) !== null && f.end(row) === null) report(f.endCell(row), [at.episode(ceased, 'DEC')]); }
}
