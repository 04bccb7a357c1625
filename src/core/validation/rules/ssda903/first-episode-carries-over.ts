import type { Episode, EpisodeField } from '../../../model/ssda903.ts';
import type { Cell, RuleMeta } from '../../types.ts';
import { at, childRule, type Ssda903Context, type Ssda903Rule } from './ssda903-rule.ts';
import { placementDistance, placementLa } from './placements.ts';

/**
 * Rules 503A–503J: when last year's return ended with an open episode, this year's first episode carries
 * on with the same details. The DfE compares the first episode whatever its start date (a different
 * start is rule 502's finding, and missing episodes in between are one of the causes the DfE names).
 */
/** A code as written, or a derived number (a distance); null when blank. */
export type Detail = string | number | null;

export interface CarriedDetail {
  /** The detail as the DfE compares it; undefined when it cannot be worked out (e.g. an unknown postcode), so nothing is compared. */
  readonly value: (e: Episode, context: Ssda903Context) => Detail | undefined;
  /** The cell to correct, and cells that explain it. */
  readonly cell: (e: Episode, value: Detail) => Cell;
  readonly related?: (e: Episode) => readonly Cell[];
  /** A change the DfE allows for a year (e.g. H5 to K3 in 2024/25). */
  readonly allowed?: (before: Detail, now: Detail) => boolean;
}

export function firstEpisodeCarriesOver(meta: RuleMeta, detail: CarriedDetail): Ssda903Rule {
  return childRule(meta, (child, context, report) => {
    const open = child.facts.openAtEndOfLastYear;
    const first = child.facts.episodes[0];
    if (open === null || first === undefined) return;
    const before = detail.value(open, context);
    const now = detail.value(first, context);
    if (before === undefined || now === undefined || before === now || detail.allowed?.(before, now)) return;
    const related = [at.previous(detail.cell(open, before)), ...(detail.related?.(first) ?? [])];
    report(detail.cell(first, now), related);
  });
}

/** A column compared as written (codes trimmed, blank as none). */
export function column(field: EpisodeField & ('RNE' | 'LS' | 'CIN' | 'PLACE' | 'PLACE_PROVIDER' | 'URN')): CarriedDetail {
  return {
    value: (e) => {
      const v = e[field];
      return v === null || v.trim() === '' ? null : v.trim();
    },
    cell: (e) => at.episode(e, field),
  };
}

/** A detail the DfE derives from postcodes, reported as a cell of the episode's row with the derived value. */
function derived(field: 'PL_DISTANCE' | 'PL_LA' | 'PL_LOCATION', value: CarriedDetail['value'], from: readonly ('HOME_POST' | 'PL_POST')[]): CarriedDetail {
  return {
    value,
    cell: (e, v) => {
      const value = typeof v === 'number' ? v.toFixed(1) : v;
      return e.line === undefined ? { table: 'Episodes', field, value } : { table: 'Episodes', field, value, line: e.line };
    },
    related: (e) => from.map((f) => at.episode(e, f)),
  };
}

/** PL_DISTANCE: miles from home to placement, to one decimal place as the DfE returns it (compared as tenths of a mile). */
export const plDistance = derived(
  'PL_DISTANCE',
  (e, context) => {
    const miles = placementDistance(e, context);
    return miles === null ? undefined : Math.round(miles * 10) / 10;
  },
  ['HOME_POST', 'PL_POST'],
);

/** PL_LA: the council the placement postcode is in. */
export const plLa = derived('PL_LA', (e, context) => placementLa(e, context) ?? undefined, ['PL_POST']);

/** PL_LOCATION: IN when the placement is in the council's own area, else OUT; unknown when the return does not say which council it is. */
export const plLocation = derived(
  'PL_LOCATION',
  (e, context) => {
    const la = placementLa(e, context) ?? undefined;
    return la === undefined || context.la === null ? undefined : la === context.la ? 'IN' : 'OUT';
  },
  ['PL_POST'],
);
