import type { PlacementCategory } from './states.ts';

/**
 * The finer placement kinds that carry a weekly cost (the reference model's "placement type detail"):
 * a child's cost item comes from PLACE and PLACE_PROVIDER, first matching row wins.
 */
export interface CostItem {
  readonly name: string;
  readonly category: PlacementCategory;
  readonly places: readonly string[] | 'any';
  readonly providers: readonly string[] | 'any';
}

const IN_HOUSE = ['PR1', 'PR2', 'PR3'];
const EXTERNAL = ['PR4', 'PR5'];
const RESIDENTIAL = ['K2', 'R1', 'P3', 'S1'];

export const costItems: readonly CostItem[] = [
  { name: 'Fostering (Friend/Relative)', category: 'Fostering', places: ['U1', 'U2', 'U3'], providers: 'any' },
  { name: 'Fostering (In-house)', category: 'Fostering', places: ['U4', 'U5', 'U6'], providers: IN_HOUSE },
  { name: 'Fostering (IFA)', category: 'Fostering', places: ['U4', 'U5', 'U6'], providers: EXTERNAL },
  { name: 'Residential (In-house)', category: 'Residential', places: RESIDENTIAL, providers: IN_HOUSE },
  { name: 'Residential (External)', category: 'Residential', places: RESIDENTIAL, providers: EXTERNAL },
  { name: 'Supported accommodation', category: 'Supported', places: ['H5', 'P2', 'K3'], providers: 'any' },
  { name: 'Secure home', category: 'Other', places: ['K1'], providers: 'any' },
  { name: 'Placed with family', category: 'Other', places: ['P1'], providers: 'any' },
  { name: 'Other', category: 'Other', places: 'any', providers: 'any' },
];

/** The cost item of a placement: first match on (PLACE, PLACE_PROVIDER), then on PLACE alone, then "Other". */
export function costItemOf(place: string | null, provider: string | null): string {
  const pl = place?.trim().toUpperCase() ?? '';
  const pr = provider?.trim().toUpperCase() ?? '';
  const placeMatches = (i: CostItem): boolean => i.places === 'any' || i.places.includes(pl);
  const full = costItems.find((i) => i.places !== 'any' && placeMatches(i) && (i.providers === 'any' || i.providers.includes(pr)));
  if (full) return full.name;
  return costItems.find((i) => i.places !== 'any' && placeMatches(i))?.name ?? 'Other';
}
