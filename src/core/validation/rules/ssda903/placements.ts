import type { Episode } from '../../../model/ssda903.ts';
import { distanceMiles, type OfstedProvider, type PostcodePlace } from './reference-data.ts';
import { blank, type Ssda903Context } from './ssda903-rule.ts';

/**
 * A placement as the reference data sees it: where its postcodes are (the DfE derives PL_LA and
 * PL_DISTANCE from them), whether two postcodes are the same, and the Ofsted provider behind its URN.
 */

/** The URN a regional adoption agency's placements carry in place of one (rule 242). */
export const NO_URN = 'XXXXXXX';

/** The episode's provider in the Ofsted list: none when the URN is blank, XXXXXXX, or not in the list (rule 243 reports that). */
export function providerOf(row: Episode, context: Ssda903Context): OfstedProvider | undefined {
  const urn = row.URN?.trim();
  if (!urn || urn.toUpperCase() === NO_URN || !context.providers) return undefined;
  return context.providers.find(urn);
}

/** Whether the episode was open on or after 1 April, so that its placement is part of the year checked. */
export function inYearEpisode(row: Episode, context: Ssda903Context): boolean {
  return row.DEC === null || row.DEC >= context.collectionStart;
}

/**
 * The place of a postcode: null when it is blank or there is no postcode reference (nothing to look up),
 * undefined when the reference does not know it (rules on postcodes report that).
 */
export function placeOf(postcode: string | null, context: Ssda903Context): PostcodePlace | undefined | null {
  if (blank(postcode) || !context.postcodes) return null;
  return context.postcodes.find(postcode!);
}

/** The placement's council, as the DfE derives PL_LA from the placement postcode; null when blank or unknown. */
export function placementLa(e: Episode, context: Ssda903Context): string | null {
  return placeOf(e.PL_POST, context)?.la ?? null;
}

/** The distance in miles from home to placement, as the DfE derives PL_DISTANCE from the two postcodes; null when it cannot be worked out. */
export function placementDistance(e: Episode, context: Ssda903Context): number | null {
  const home = placeOf(e.HOME_POST, context);
  const placement = home ? placeOf(e.PL_POST, context) : null;
  return home && placement ? distanceMiles(home, placement) : null;
}

/** The council's code, which in/out-of-area rules need; the rule fails, saying so, when the return does not carry it. */
export function councilOf(context: Ssda903Context): string {
  if (context.la === null) throw new Error("the council's three-digit DfE code is not known: give it with the return to check placements against it");
  return context.la;
}

/**
 * Two postcodes written the same once spacing and case are ignored (both blank counts as the same).
 * Compared character by character, as it runs on every episode of several rules.
 */
export function samePostcode(a: string | null, b: string | null): boolean {
  if (a === b) return true;
  const x = a ?? '';
  const y = b ?? '';
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < x.length && isSpace(x.charCodeAt(i))) i++;
    while (j < y.length && isSpace(y.charCodeAt(j))) j++;
    if (i === x.length || j === y.length) return i === x.length && j === y.length;
    if (upper(x.charCodeAt(i)) !== upper(y.charCodeAt(j))) return false;
    i++;
    j++;
  }
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160;
}

function upper(c: number): number {
  return c >= 97 && c <= 122 ? c - 32 : c;
}

