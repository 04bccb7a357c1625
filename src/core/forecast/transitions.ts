import type { ModelEpisode } from './clean-episodes.ts';
import { NOT_IN_CARE, stateSpace, type StateSpace } from './states.ts';

/** One observed move between states on a day (a piece's DEC): placement change, ageing or leaving care. */
export interface Transition {
  readonly day: number;
  readonly from: number;
  readonly to: number;
}

/**
 * The states the cleaned episodes occupy or move to (with "Not in care" for every bracket), and any
 * `extra` (bracket, category) a scenario needs that the data never shows.
 */
export function modelStates(episodes: readonly ModelEpisode[], extra: readonly (readonly [number, string])[] = []): StateSpace {
  const occurring: (readonly [number, string])[] = [...extra];
  for (const e of episodes) {
    occurring.push([e.bracket, e.category]);
    if (e.after !== null) occurring.push([e.endBracket, e.after]);
  }
  return stateSpace(occurring);
}

/** The state a piece is in: (bracket at DECOM, category). */
export function stateOf(space: StateSpace, e: ModelEpisode): number {
  return space.index(e.bracket, e.category) ?? -1;
}

/**
 * Every closed piece is one transition on its DEC, from its own state to (bracket at DEC, category after):
 * a "Not in care" state when the child left. Open pieces are not transitions; entries are counted apart.
 */
export function transitionsOf(space: StateSpace, episodes: readonly ModelEpisode[]): Transition[] {
  const out: Transition[] = [];
  for (const e of episodes) {
    if (e.end === null || e.after === null) continue;
    out.push({ day: e.end, from: stateOf(space, e), to: space.index(e.endBracket, e.after)! });
  }
  return out;
}

/** Arrivals from outside care (including returns after a gap), on their DECOM, into the piece's state. */
export function entriesOf(space: StateSpace, episodes: readonly ModelEpisode[]): Transition[] {
  const notInCare = (bracket: number): number => space.index(bracket, NOT_IN_CARE)!;
  return episodes.filter((e) => e.before === NOT_IN_CARE).map((e) => ({ day: e.start, from: notInCare(e.bracket), to: stateOf(space, e) }));
}
