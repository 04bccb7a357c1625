import type { CollectionYear } from '../../../model/collection-year.ts';
import { allCodes, amendRuleSet, ruleSet, type RuleSet, type RuleSetDelta } from '../../rule-set.ts';
import type { PendingRule, RuleEntry, RuleMeta } from '../../types.ts';
import { rules1000AndNamed } from './rules-1000-and-named.ts';
import { rules300To499 } from './rules-300-499.ts';
import { rules500To999 } from './rules-500-999.ts';
import { rulesBelow300 } from './rules-below-300.ts';
import { PENDING_REASONS } from './pending-rules.ts';
import { metadata903 } from './rules-metadata.ts';
import { SSDA903_YEARS, type Child903, type Ssda903Context, type Ssda903Rule } from './ssda903-rule.ts';

/**
 * The SSDA903 rules in force each year. The DfE's rule table says which variant of each code is in force
 * in which year, so each year is declared as last year's set plus the delta that table implies: codes new
 * that year, codes withdrawn, and codes whose variant (or implementation) changes. Every code of the table
 * is declared: a code no module implements is pending and reported with its reason (pending-rules.ts), else
 * "not yet implemented".
 */
type Entry = RuleEntry<Child903, Ssda903Context>;

/** Each range's rule modules, listed in one index per range so that helpers adding rules do not edit the same file. */
const implemented: readonly Ssda903Rule[] = [...rulesBelow300, ...rules300To499, ...rules500To999, ...rules1000AndNamed];

function implementations(): Map<string, Ssda903Rule> {
  const byVariant = new Map<string, Ssda903Rule>();
  for (const rule of implemented) {
    const variant = metadata903.get(rule.meta.code)?.find((v) => v.years.join() === rule.meta.years.join());
    if (!variant) throw new Error(`Rule ${rule.meta.code} for ${rule.meta.years.join(', ')} is not a variant in the DfE's rule table`);
    const key = `${rule.meta.code} ${rule.meta.years.join()}`;
    if (byVariant.has(key)) throw new Error(`Rule ${rule.meta.code} for ${rule.meta.years.join(', ')} is implemented twice`);
    byVariant.set(key, rule);
  }
  return byVariant;
}

const pendingByVariant = new Map<RuleMeta, PendingRule>();

/** One pending entry per variant, so that a variant in force for several years is the same entry and not a yearly replacement. */
function pendingOf(meta: RuleMeta): PendingRule {
  let pending = pendingByVariant.get(meta);
  if (!pending) {
    const reason = PENDING_REASONS[meta.code];
    pendingByVariant.set(meta, (pending = reason ? { meta, pending: true, reason } : { meta, pending: true }));
  }
  return pending;
}

/** The entries in force in a year: each code's variant for the year, implemented or pending. */
function entriesIn(year: CollectionYear, rules: ReadonlyMap<string, Ssda903Rule>): Entry[] {
  const entries: Entry[] = [];
  for (const [code, variants] of metadata903) {
    const meta = variants.find((v) => v.years.includes(year));
    if (!meta) continue;
    entries.push(rules.get(`${code} ${meta.years.join()}`) ?? pendingOf(meta));
  }
  return entries;
}

/** What changes from one year's set to the next. */
function deltaTo(previous: RuleSet<Child903, Ssda903Context>, entries: readonly Entry[]): RuleSetDelta<Child903, Ssda903Context> {
  const now = new Map(entries.map((e) => [e.meta.code, e]));
  const add: Entry[] = [];
  const replace: Entry[] = [];
  for (const [code, e] of now) {
    const before = previous.rules.get(code);
    if (!before) add.push(e);
    else if (before !== e) replace.push(e);
  }
  const remove = [...previous.rules.keys()].filter((code) => !now.has(code));
  return { add, remove, replace };
}

function buildSets(): Map<CollectionYear, RuleSet<Child903, Ssda903Context>> {
  const rules = implementations();
  const sets = new Map<CollectionYear, RuleSet<Child903, Ssda903Context>>();
  let set: RuleSet<Child903, Ssda903Context> | undefined;
  for (const year of SSDA903_YEARS) {
    const entries = entriesIn(year, rules);
    set = set ? amendRuleSet(set, year, deltaTo(set, entries)) : ruleSet(year, entries);
    sets.set(year, set);
  }
  return sets;
}

const sets = buildSets();

/** The rules in force in a return year, or null when Sightline has none for it. */
export function ssda903RuleSet(year: CollectionYear): RuleSet<Child903, Ssda903Context> | null {
  return sets.get(year) ?? null;
}

/** Every SSDA903 rule of any year, so that each gets an outcome in every report. */
export const ssda903Catalogue: ReadonlyMap<string, Entry> = allCodes(sets.values());
