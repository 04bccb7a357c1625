import { compareRuleCodes, countReport, outcomeBase, type Finding, type RuleOutcome, type ValidationReport } from './results.ts';
import type { RuleSet } from './rule-set.ts';
import { describeNeed, isPending, type Cell, type Need, type Report, type RuleEntry, type RuleMeta, type RuleRun } from './types.ts';

/**
 * The rule engine shared by the CIN and SSDA903 validators. It is fed records one at a time (as a
 * streaming reader delivers them) and finishes with the rules that look across records. A rule that
 * throws is reported as failed with its first message; the other rules go on, and so does the failing
 * rule on the other records, so one odd record does not silence a rule for the whole return.
 */
export interface EngineOptions<R, C> {
  /** The rules in force this year, or null when there is no rule set for the year. */
  readonly set: RuleSet<R, C> | null;
  /** Every rule of the dataset (any year), so that each gets an outcome. */
  readonly catalogue: ReadonlyMap<string, RuleEntry<R, C>>;
  /** Why no rule applies when `set` is null. */
  readonly noSetReason?: string;
  readonly context: C;
  /** The inputs that were given (e.g. the previous year's return). */
  readonly available: ReadonlySet<Need>;
  /** The LA's id of a record, for findings. */
  readonly recordId: (record: R) => string | undefined;
  /**
   * The parts a record is made of (SSDA903 tables, CIN element groups) and which of them a record has rows
   * in, as bits in the order of `names`, for rules that declare what they read; without it every rule sees
   * every record.
   */
  readonly parts?: { readonly names: readonly string[]; present(record: R): number };
  /** The rows of one part of a record, for rules that check row by row (`RuleRun.rows`). */
  readonly rowsOf?: (record: R, part: string) => readonly unknown[];
}

export interface Engine<R> {
  record(record: R): void;
  finish(): ValidationReport;
}

interface Active<R, C> {
  readonly meta: RuleMeta;
  readonly reads: readonly string[] | undefined;
  readonly run: RuleRun<R, C>;
  readonly report: Report;
  findings: number;
  /** The first error the rule threw. */
  error: string | undefined;
  /** Records the rule threw on. */
  failures: number;
  /** The number of the record it last threw on, so that a record counts once however many of its rows throw. */
  failedOn: number;
  /** The rule could not start, so it is not called at all. */
  readonly broken: boolean;
}

export function createEngine<R, C>(options: EngineOptions<R, C>): Engine<R> {
  const findings: Finding[] = [];
  const outcomes = new Map<string, RuleOutcome>();
  const active: Active<R, C>[] = [];
  let current: string | undefined;
  let records = 0;
  let finished = false;

  // eslint-disable-next-line no-restricted-syntax -- once per validation, over a Set
  for (const code of new Set([...options.catalogue.keys(), ...(options.set?.rules.keys() ?? [])])) {
    const inForce = options.set?.rules.get(code);
    if (!inForce) {
      const reason = options.set ? `not a rule in ${options.set.year}` : (options.noSetReason ?? 'no rule set for this year');
      outcomes.set(code, { ...outcomeBase(options.catalogue.get(code)!.meta), status: options.set ? 'not-applicable' : 'skipped', reason });
      continue;
    }
    if (isPending(inForce)) {
      outcomes.set(code, { ...outcomeBase(inForce.meta), status: 'skipped', reason: inForce.reason ?? 'not yet implemented in Sightline' });
      continue;
    }
    const rule = inForce;
    const missing = missingNeeds(rule.meta, options.available);
    if (missing) {
      outcomes.set(code, { ...outcomeBase(rule.meta), status: 'skipped', reason: missing });
      continue;
    }
    let run: RuleRun<R, C> = {};
    let error: string | undefined;
    try {
      run = rule.start(options.context);
    } catch (e) {
      error = errorText(e);
    }
    const { severity, message } = rule.meta;
    const a: Active<R, C> = {
      meta: rule.meta,
      reads: rule.reads,
      run,
      findings: 0,
      error,
      failures: 0,
      failedOn: 0,
      broken: error !== undefined,
      report: (at: Cell, related: readonly Cell[] = [], child = current) => {
        a.findings++;
        findings.push({ rule: code, severity, message, child, ...at, related });
      },
    };
    active.push(a);
  }
  const perRecord = active.filter((a) => (a.run.record || a.run.row) && !a.broken);
  const { context, rowsOf } = options;
  if (!rowsOf && perRecord.some((a) => a.run.row)) throw new Error('Rules that check row by row need the engine to be given rowsOf');
  const groups = groupByParts(perRecord, options.parts?.names);
  const present = options.parts?.present;

  const fail = (a: Active<R, C>, e: unknown): void => {
    if (a.failedOn !== records) {
      a.failures++;
      a.failedOn = records;
    }
    a.error ??= current === undefined ? errorText(e) : `${errorText(e)} (on child ${current})`;
  };
  const run = (g: Group<R, C>, record: R): void => {
    const rules = g.rules;
    if (g.part === undefined) {
      for (let j = 0; j < rules.length; j++) {
        const a = rules[j]!;
        try {
          a.run.record!(record, context, a.report);
        } catch (e) {
          fail(a, e);
        }
      }
      return;
    }
    // Row by row, each row through every rule on its table while it is at hand.
    const rows = rowsOf!(record, g.part) as never[];
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      for (let j = 0; j < rules.length; j++) {
        const a = rules[j]!;
        try {
          a.run.row!(row, context, a.report, record);
        } catch (e) {
          fail(a, e);
        }
      }
    }
  };

  return {
    record(record) {
      if (finished) throw new Error('The validator has finished: records cannot be added');
      records++;
      current = options.recordId(record);
      // A group runs when the record has rows in any part it reads (or when it declares nothing).
      const has = present ? present(record) : 0;
      for (let i = 0; i < groups.length; i++) { const g = groups[i]!; if (g.mask === 0 || (g.mask & has) !== 0) run(g, record); }
      current = undefined;
    },
    finish() {
      if (finished) throw new Error('The validator has already finished');
      finished = true;
      for (let i = 0; i < active.length; i++) {
        const a = active[i]!;
        if (a.broken || !a.run.finish) continue;
        try {
          a.run.finish(a.report);
        } catch (e) {
          a.error ??= errorText(e);
        }
      }
      for (let i = 0; i < active.length; i++) {
        const a = active[i]!;
        outcomes.set(
          a.meta.code,
          a.error === undefined
            ? { ...outcomeBase(a.meta), status: 'ran', findings: a.findings }
            : { ...outcomeBase(a.meta), status: 'failed', error: a.failures > 1 ? `${a.error}; it failed on ${a.failures} records in all` : a.error, findings: a.findings },
        );
      }
      const ordered = [...outcomes.values()].sort((x, y) => compareRuleCodes(x.code, y.code));
      return { findings, outcomes: ordered, counts: countReport(records, findings, ordered) };
    },
  };
}

interface Group<R, C> {
  /** The bits of the parts the group's rules read; 0 for rules that see every record. */
  readonly mask: number;
  /** For rules that check row by row, the part whose rows they check; undefined for rules called once per record. */
  readonly part: string | undefined;
  readonly rules: Active<R, C>[];
}

/**
 * The per-record rules grouped by the parts they read, so that a record is checked against the mask of
 * each group once, not each rule, and by the part whose rows they check, so that its rows are found once.
 * Rules stay in catalogue order within a group; rules that declare nothing (or all when records cannot
 * say which parts have rows) have mask 0.
 */
function groupByParts<R, C>(rules: readonly Active<R, C>[], parts: readonly string[] | undefined): Group<R, C>[] {
  if (parts && parts.length > 31) throw new Error(`Too many record parts for the rule engine: ${parts.join(', ')}`);
  const groups = new Map<string, Group<R, C>>();
  for (let i = 0; i < rules.length; i++) {
    const a = rules[i]!;
    let mask = 0;
    const reads = parts ? (a.reads ?? []) : [];
    for (let j = 0; j < reads.length; j++) {
      const bit = parts!.indexOf(reads[j]!);
      if (bit < 0) throw new Error(`Rule ${a.meta.code} reads ${reads[j]}, which is not a part of the records (${parts!.join(', ')})`);
      mask |= 1 << bit;
    }
    const part = a.run.rows;
    const key = `${mask} ${part ?? ''}`;
    const group = groups.get(key);
    if (group) group.rules.push(a);
    else groups.set(key, { mask, part, rules: [a] });
  }
  return [...groups.values()];
}

function missingNeeds(meta: RuleMeta, available: ReadonlySet<Need>): string | undefined {
  const missing = (meta.needs ?? []).filter((n) => !available.has(n));
  if (missing.length === 0) return undefined;
  return `needs ${missing.map(describeNeed).join(' and ')}, which was not given`;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
