/**
 * The model's states: age bracket × placement category, plus an absorbing "Not in care" per bracket.
 * Brackets and categories are those of the public care-demand model (cs-demand-model-regional v2), so that
 * its results can be reproduced; provision (in-house or external) is our optional extra dimension.
 */

export interface AgeBracket {
  readonly label: string;
  /** Age in years, [min, max). */
  readonly min: number;
  readonly max: number;
}

export const ageBrackets: readonly AgeBracket[] = [
  { label: 'Birth to 1', min: -1, max: 1 },
  { label: '1 to 5', min: 1, max: 5 },
  { label: '5 to 10', min: 5, max: 10 },
  { label: '10 to 16', min: 10, max: 16 },
  { label: '16 to 18+', min: 16, max: 30 },
];

/** The birthdays at which a child moves bracket. */
export const bracketBoundaries: readonly number[] = ageBrackets.slice(1).map((b) => b.min);

/** The reference model's year length for ages. */
const DAYS_PER_YEAR = 365.24;

export function ageInYears(dob: number, day: number): number {
  return (day - dob) / DAYS_PER_YEAR;
}

/** The bracket an age falls in; ages outside every bracket go to the nearest (unborn or over 30: data errors). */
export function bracketOf(age: number): number {
  for (let i = ageBrackets.length - 1; i >= 0; i--) if (age >= ageBrackets[i]!.min) return i;
  return 0;
}

export type PlacementCategory = 'Fostering' | 'Residential' | 'Supported' | 'Other';
export const placementCategories: readonly PlacementCategory[] = ['Fostering', 'Residential', 'Supported', 'Other'];
export const NOT_IN_CARE = 'Not in care';

const CATEGORY_OF_PLACE: Readonly<Record<string, PlacementCategory>> = {
  U1: 'Fostering', U2: 'Fostering', U3: 'Fostering', U4: 'Fostering', U5: 'Fostering', U6: 'Fostering',
  K2: 'Residential', R1: 'Residential', P3: 'Residential', S1: 'Residential',
  H5: 'Supported', K3: 'Supported', P2: 'Supported',
};

export function placementCategory(place: string | null): PlacementCategory {
  return (place && CATEGORY_OF_PLACE[place.trim().toUpperCase()]) || 'Other';
}

export type Provision = 'In-house' | 'External';

/**
 * PLACE_PROVIDER PR4 (other LA... private) and PR5 (voluntary) are bought in; PR0–PR3 (parent, own LA,
 * other LA, other public) and a missing provider count as in-house, as the reference model's cost items do.
 */
export function provisionOf(provider: string | null): Provision {
  const p = provider?.trim().toUpperCase();
  return p === 'PR4' || p === 'PR5' ? 'External' : 'In-house';
}

/** The category a state uses: the placement category, or with provision modelled, e.g. "Residential (External)". */
export function modelledCategory(place: string | null, provider: string | null, withProvision: boolean): string {
  const category = placementCategory(place);
  return withProvision ? `${category} (${provisionOf(provider)})` : category;
}

/** The category a modelled category belongs to ("Residential (External)" → "Residential"). */
export function baseCategory(category: string): string {
  const paren = category.indexOf(' (');
  return paren < 0 ? category : category.slice(0, paren);
}

export interface State {
  readonly bracket: number;
  /** A modelled category, or NOT_IN_CARE. */
  readonly category: string;
  /** "10 to 16 - Fostering", as the reference model labels states. */
  readonly label: string;
  readonly inCare: boolean;
}

/** The states of one fitted model, indexed densely so that rates and populations are plain arrays. */
export interface StateSpace {
  readonly states: readonly State[];
  /** In-care categories in display order. */
  readonly categories: readonly string[];
  index(bracket: number, category: string): number | undefined;
}

export function stateLabel(bracket: number, category: string): string {
  return `${ageBrackets[bracket]!.label} - ${category}`;
}

/**
 * The states the data shows: every in-care (bracket, category) that occurs, plus "Not in care" for every
 * bracket present. Ordered by bracket, then category, so that outputs are stable.
 */
export function stateSpace(occurring: Iterable<readonly [bracket: number, category: string]>): StateSpace {
  const categories = new Set<string>();
  const brackets = new Set<number>();
  const pairs = new Set<string>();
  for (const [bracket, category] of occurring) {
    brackets.add(bracket);
    if (category === NOT_IN_CARE) continue;
    categories.add(category);
    pairs.add(`${bracket}|${category}`);
  }
  const ordered = [...categories].sort(categoryOrder);
  const states: State[] = [];
  for (const bracket of [...brackets].sort((a, b) => a - b)) {
    for (const category of ordered) if (pairs.has(`${bracket}|${category}`)) states.push({ bracket, category, label: stateLabel(bracket, category), inCare: true });
    states.push({ bracket, category: NOT_IN_CARE, label: stateLabel(bracket, NOT_IN_CARE), inCare: false });
  }
  const byCategory = new Map<string, (number | undefined)[]>();
  states.forEach((s, i) => {
    const row = byCategory.get(s.category) ?? [];
    row[s.bracket] = i;
    byCategory.set(s.category, row);
  });
  return { states, categories: ordered, index: (bracket, category) => byCategory.get(category)?.[bracket] };
}

function categoryOrder(a: string, b: string): number {
  const rank = (c: string): number => placementCategories.indexOf(baseCategory(c) as PlacementCategory);
  return rank(a) - rank(b) || a.localeCompare(b);
}
