import type { StateSpace } from './states.ts';

/** A change to one figure: scale it, or add to it (the reference model's two edit modes). */
export type Change = { readonly multiply: number } | { readonly add: number };

/** A change to the daily rate of moving between two states, named by label ("10 to 16 - Fostering"). */
export interface RateAdjustment {
  readonly from: string;
  readonly to: string;
  readonly change: Change;
}

/** A change to the expected daily arrivals into a state. */
export interface EntryAdjustment {
  readonly to: string;
  readonly change: Change;
}

/**
 * Moves a share of the children of one modelled category to another in every age bracket: at the forecast
 * start (children placed now), among entrants, or both. With provision modelled this is how a user steps
 * children down from external to in-house placements.
 */
export interface ProvisionMove {
  readonly from: string;
  readonly to: string;
  /** Between 0 and 1. */
  readonly share: number;
  readonly of: 'start' | 'entries' | 'both';
}

function label(space: StateSpace, name: string, errors: string[]): number | null {
  const i = space.states.findIndex((s) => s.label === name);
  if (i < 0) errors.push(`there is no state "${name}" in the data (states: ${space.states.map((s) => s.label).join(', ')})`);
  return i < 0 ? null : i;
}

function applyChange(value: number, change: Change, what: string, errors: string[]): number {
  if ('multiply' in change) {
    if (!Number.isFinite(change.multiply) || change.multiply < 0) errors.push(`${what}: a multiplier must be a number of 0 or more, not ${change.multiply}`);
    else if (value === 0) errors.push(`${what}: the rate is 0, so it cannot be multiplied; add to it instead`);
    return value * change.multiply;
  }
  if (!Number.isFinite(change.add) || change.add > 1) errors.push(`${what}: an amount added must be a number of at most 1, not ${change.add}`);
  return Math.max(0, value + change.add);
}

/**
 * Applies rate edits, then keeps every state's daily leaving probability at most 1: when the edited rates
 * alone reach 1 they are scaled to 1 and the others set to 0, otherwise the unedited rates are scaled to
 * fill what is left (forecasting.md §1.7.1).
 */
export function adjustRates(space: StateSpace, transition: Float64Array, adjustments: readonly RateAdjustment[], errors: string[]): Float64Array {
  const S = space.states.length;
  const out = Float64Array.from(transition);
  const edited = new Uint8Array(S * S);
  for (const a of adjustments) {
    const f = label(space, a.from, errors);
    const t = label(space, a.to, errors);
    if (f === null || t === null) continue;
    if (f === t) { errors.push(`${a.from}: staying in the same state is what is left over, so it cannot be edited`); continue; }
    out[f * S + t] = applyChange(out[f * S + t]!, a.change, `rate ${a.from} → ${a.to}`, errors);
    edited[f * S + t] = 1;
  }
  for (let f = 0; f < S; f++) {
    let total = 0;
    let editedTotal = 0;
    for (let t = 0; t < S; t++) {
      if (t === f) continue;
      total += out[f * S + t]!;
      if (edited[f * S + t]) editedTotal += out[f * S + t]!;
    }
    if (total <= 1) continue;
    const editedScale = editedTotal >= 1 ? 1 / editedTotal : 1;
    const otherScale = editedTotal >= 1 ? 0 : (1 - editedTotal) / (total - editedTotal);
    for (let t = 0; t < S; t++) if (t !== f) out[f * S + t]! *= edited[f * S + t] ? editedScale : otherScale;
  }
  return out;
}

/** Entry edits: the same two modes, never below 0, and no cap (arrivals are a Poisson mean). */
export function adjustEntries(space: StateSpace, entry: Float64Array, adjustments: readonly EntryAdjustment[], errors: string[]): Float64Array {
  const out = Float64Array.from(entry);
  for (const a of adjustments) {
    const t = label(space, a.to, errors);
    if (t === null) continue;
    if (!space.states[t]!.inCare) { errors.push(`${a.to}: children cannot enter "not in care"`); continue; }
    out[t] = applyChange(out[t]!, a.change, `entries into ${a.to}`, errors);
  }
  return out;
}

/** Applies provision moves to a vector over states (a start population or entry rates). */
export function moveBetweenCategories(space: StateSpace, values: Float64Array, moves: readonly ProvisionMove[], target: 'start' | 'entries', errors: string[]): Float64Array {
  const out = Float64Array.from(values);
  for (const m of moves) {
    if (!space.categories.includes(m.from) || !space.categories.includes(m.to)) {
      errors.push(`a move needs two categories from the data (${space.categories.join(', ')}), not "${m.from}" and "${m.to}"`);
      continue;
    }
    if (!(m.share >= 0 && m.share <= 1)) { errors.push(`moving from ${m.from} to ${m.to}: the share must be between 0 and 1, not ${m.share}`); continue; }
    if (m.of !== target && m.of !== 'both') continue;
    space.states.forEach((s, i) => {
      if (s.category !== m.from) return;
      const to = space.index(s.bracket, m.to);
      // Ages the data never shows in the target category (say, babies in supported lodgings) stay put.
      if (to === undefined) return;
      const moved = out[i]! * m.share;
      out[i]! -= moved;
      out[to]! += moved;
    });
  }
  return out;
}

/**
 * Provider shares within a category after edits (forecasting.md §1.8.2): edits summing to exactly 1 are
 * used as they are; edits reaching 1, or covering every item, are scaled to 1 and the rest set to 0;
 * otherwise the unedited historic shares are scaled to fill what is left.
 */
export function adjustShares(historic: ReadonlyMap<string, number>, edits: ReadonlyMap<string, number>): Map<string, number> {
  const items = new Set([...historic.keys()]);
  const edited = [...edits].filter(([item]) => items.has(item));
  if (edited.length === 0) return new Map(historic);
  const editedTotal = edited.reduce((n, [, v]) => n + v, 0);
  const others = [...historic].filter(([item]) => !edits.has(item));
  const otherTotal = others.reduce((n, [, v]) => n + v, 0);
  const out = new Map<string, number>();
  if (editedTotal >= 1 || others.length === 0 || otherTotal === 0) {
    for (const [item, v] of edited) out.set(item, editedTotal > 0 ? v / editedTotal : 1 / edited.length);
    for (const [item] of others) out.set(item, 0);
  } else {
    for (const [item, v] of edited) out.set(item, v);
    for (const [item, v] of others) out.set(item, (v / otherTotal) * (1 - editedTotal));
  }
  return out;
}
