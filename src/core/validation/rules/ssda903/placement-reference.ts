import type { Episode } from '../../../model/ssda903.ts';
import type { OfstedProvider, PostcodePlace } from './reference-data.ts';
import { blank, type Ssda903Context } from './ssda903-rule.ts';

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

/** The place of a given postcode: undefined when it is not known to the reference, null when blank (nothing to look up). */
export function placeOf(postcode: string | null, context: Ssda903Context): PostcodePlace | undefined | null {
  if (blank(postcode) || !context.postcodes) return null;
  return context.postcodes.find(postcode!);
}

/** The council's code, which in/out-of-area rules need; the rule fails, saying so, when the return does not carry it. */
export function councilOf(context: Ssda903Context): string {
  if (context.la === null) throw new Error("the council's three-digit DfE code is not known: give it with the return to check placements against it");
  return context.la;
}
