import type { CollectionYear } from '../model/collection-year.ts';
import type { RuleEntry } from './types.ts';

/**
 * The rules in force in one collection year, by DfE code. Years are declared as data: the first year's
 * list, then each later year as the previous one plus, minus or with replaced rules, so a change in the
 * DfE's rules is one line in one place and never a copied file.
 */
export interface RuleSet<R, C> {
  readonly year: CollectionYear;
  readonly rules: ReadonlyMap<string, RuleEntry<R, C>>;
}

export interface RuleSetDelta<R, C> {
  /** Rules new in this year (their codes must not be in force already). */
  readonly add?: readonly RuleEntry<R, C>[];
  /** Codes withdrawn this year. */
  readonly remove?: readonly string[];
  /** New variants of rules already in force (new logic or message for the same code). */
  readonly replace?: readonly RuleEntry<R, C>[];
}

export function ruleSet<R, C>(year: CollectionYear, entries: readonly RuleEntry<R, C>[]): RuleSet<R, C> {
  const rules = new Map<string, RuleEntry<R, C>>();
  for (const e of entries) {
    if (rules.has(e.meta.code)) throw new Error(`Rule ${e.meta.code} is declared twice for ${year}`);
    rules.set(e.meta.code, e);
  }
  return { year, rules };
}

/** The next year's set: the previous one changed by a delta; a delta that names a code wrongly throws, so mistakes show at load. */
export function amendRuleSet<R, C>(previous: RuleSet<R, C>, year: CollectionYear, delta: RuleSetDelta<R, C>): RuleSet<R, C> {
  const rules = new Map(previous.rules);
  for (const code of delta.remove ?? []) {
    if (!rules.delete(code)) throw new Error(`${year} removes rule ${code}, which is not in force in ${previous.year}`);
  }
  for (const e of delta.replace ?? []) {
    if (!rules.has(e.meta.code)) throw new Error(`${year} replaces rule ${e.meta.code}, which is not in force in ${previous.year}`);
    rules.set(e.meta.code, e);
  }
  for (const e of delta.add ?? []) {
    if (rules.has(e.meta.code)) throw new Error(`${year} adds rule ${e.meta.code}, which is already in force`);
    rules.set(e.meta.code, e);
  }
  return { year, rules };
}

/** Every code in any of the sets: the rules a report accounts for, whichever year it is for. */
export function allCodes<R, C>(sets: Iterable<RuleSet<R, C>>): ReadonlyMap<string, RuleEntry<R, C>> {
  const codes = new Map<string, RuleEntry<R, C>>();
  for (const set of sets) for (const [code, e] of set.rules) codes.set(code, e);
  return codes;
}
