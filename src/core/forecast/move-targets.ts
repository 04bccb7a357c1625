import type { ProvisionMove } from './adjustments.ts';
import type { FittedRates } from './rates.ts';
import { placementCategories, type StateSpace } from './states.ts';

/** A state a move needs that the data never shows, and the category whose children it takes. */
export interface BorrowedState {
  readonly bracket: number;
  readonly category: string;
  readonly from: string;
}

/** Whether a category name is one the model can have: a placement category, with provision when modelled. */
export function isModelledCategory(category: string, withProvision: boolean): boolean {
  return placementCategories.some((c) => (withProvision ? category === `${c} (In-house)` || category === `${c} (External)` : category === c));
}

/**
 * The states moves send children to that the data lacks: a council with no in-house children's home
 * has no "Residential (In-house)" state, yet stepping children down into one is the scenario it wants.
 * One per bracket the move's source category occupies; a move naming an unknown category adds nothing
 * (the move itself then reports it).
 */
export function moveTargets(space: StateSpace, moves: readonly ProvisionMove[], withProvision: boolean): BorrowedState[] {
  const out: BorrowedState[] = [];
  for (const m of moves) {
    if (!space.categories.includes(m.from) || !isModelledCategory(m.to, withProvision)) continue;
    for (const s of space.states) {
      if (s.category !== m.from || space.index(s.bracket, m.to) !== undefined) continue;
      if (!out.some((b) => b.bracket === s.bracket && b.category === m.to)) out.push({ bracket: s.bracket, category: m.to, from: m.from });
    }
  }
  return out;
}

/**
 * A state with no history has no rates of its own: it takes those of the state its children came from
 * (same bracket), so that they leave care, change placement and age as they would have. Ageing within
 * the source category becomes ageing within the new one.
 */
export function borrowRates(space: StateSpace, fitted: FittedRates, borrowed: readonly BorrowedState[]): FittedRates {
  if (borrowed.length === 0) return fitted;
  const S = space.states.length;
  const transition = Float64Array.from(fitted.transition);
  const listed = Uint8Array.from(fitted.listed);
  for (const b of borrowed) {
    const to = space.index(b.bracket, b.category)!;
    const from = space.index(b.bracket, b.from)!;
    for (let t = 0; t < S; t++) {
      if (t === from || !(fitted.listed[from * S + t] || fitted.transition[from * S + t]! > 0)) continue;
      const target = space.states[t]!;
      const mapped = target.category === b.from ? (space.index(target.bracket, b.category) ?? t) : t;
      if (mapped === to) continue;
      transition[to * S + mapped] = fitted.transition[from * S + t]!;
      listed[to * S + mapped] = 1;
    }
  }
  return { ...fitted, transition, listed };
}
