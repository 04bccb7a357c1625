import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from './engine.ts';
import { ruleSet } from './rule-set.ts';
import type { Need, Rule, RuleEntry, RuleMeta } from './types.ts';

interface Row { readonly id: string; readonly n: number }
type TestRule = Rule<Row, { readonly limit: number }>;

const meta = (code: string, extra: Partial<RuleMeta> = {}): RuleMeta => ({
  code, message: `message ${code}`, severity: 'error', fields: ['n'], tables: ['rows'], years: ['2023/24'], howToFix: 'fix it', ...extra,
});

/** Flags rows whose n is over the limit. */
const overLimit: TestRule = {
  meta: meta('10'),
  start: () => ({ record: (row, { limit }, report) => { if (row.n > limit) report({ table: 'rows', field: 'n', value: String(row.n), line: row.n }); } }),
};
/** Counts rows and reports once at the end, naming no child. */
const total: TestRule = {
  meta: meta('20Q', { severity: 'query' }),
  start: () => {
    let rows = 0;
    return { record: () => void rows++, finish: (report) => report({ table: 'rows', field: 'n', value: String(rows) }) };
  },
};
/** Throws on every row but the last, which it reports. */
const throwsOnTwo: TestRule = {
  meta: meta('30'),
  start: () => ({ record: (row, _context, report) => { if (row.n < 3) throw new Error(`boom ${row.n}`); report({ table: 'rows', field: 'n', value: String(row.n) }); } }),
};
const cannotStart: TestRule = { meta: meta('35'), start: () => { throw new Error('no start'); } };
const throwsAtEnd: TestRule = { meta: meta('40'), start: () => ({ finish: () => { throw new Error('late boom'); } }) };
const needsPrevious: TestRule = { meta: meta('50', { needs: ['previous-year'] }), start: () => ({}) };
const pending: RuleEntry<Row, { limit: number }> = { meta: meta('60'), pending: true };
const pendingWithReason: RuleEntry<Row, { limit: number }> = { meta: meta('70'), pending: true, reason: 'needs a column the return does not carry' };
const otherYearOnly: TestRule = { meta: meta('5', { years: ['2022/23'] }), start: () => ({}) };

function run(entries: RuleEntry<Row, { limit: number }>[], rows: Row[], available: Need[] = []) {
  const engine = createEngine<Row, { limit: number }>({
    set: ruleSet('2023/24', entries),
    catalogue: new Map([[otherYearOnly.meta.code, otherYearOnly], ...entries.map((e) => [e.meta.code, e] as const)]),
    context: { limit: 2 },
    available: new Set(available),
    recordId: (r) => r.id,
  });
  for (const r of rows) engine.record(r);
  return engine.finish();
}

const rows: Row[] = [{ id: 'a', n: 1 }, { id: 'b', n: 2 }, { id: 'c', n: 3 }];

describe('rule engine', () => {
  it('reports findings at cell level with the rule, the child and the line', () => {
    const report = run([overLimit], rows);
    assert.deepEqual(report.findings, [{ rule: '10', severity: 'error', message: 'message 10', child: 'c', table: 'rows', field: 'n', value: '3', line: 3, related: [] }]);
    assert.deepEqual(report.counts, { records: 3, errors: 1, queries: 0, ran: 1, notApplicable: 1, skipped: 0, failed: 0 });
  });

  it('gives every rule an outcome: ran, not applicable, skipped (and why) or failed', () => {
    const report = run([overLimit, total, throwsOnTwo, cannotStart, throwsAtEnd, needsPrevious, pending, pendingWithReason], rows);
    const byCode = Object.fromEntries(report.outcomes.map((o) => [o.code, o]));
    assert.deepEqual(report.outcomes.map((o) => o.code), ['5', '10', '20Q', '30', '35', '40', '50', '60', '70']);
    assert.deepEqual(byCode['5'], { code: '5', severity: 'error', message: 'message 5', howToFix: 'fix it', status: 'not-applicable', reason: 'not a rule in 2023/24' });
    assert.equal(byCode['10']!.status === 'ran' && byCode['10']!.findings, 1);
    assert.equal(byCode['20Q']!.status === 'ran' && byCode['20Q']!.findings, 1);
    assert.deepEqual(byCode['30'], { code: '30', severity: 'error', message: 'message 30', howToFix: 'fix it', status: 'failed', error: 'boom 1 (on child a); it failed on 2 records in all', findings: 1 });
    assert.equal(byCode['35']!.status === 'failed' && byCode['35']!.error, 'no start');
    assert.equal(byCode['40']!.status === 'failed' && byCode['40']!.error, 'late boom');
    assert.equal(byCode['50']!.status === 'skipped' && byCode['50']!.reason, "needs the previous year's return, which was not given");
    assert.equal(byCode['60']!.status === 'skipped' && byCode['60']!.reason, 'not yet implemented in Sightline');
    assert.equal(byCode['70']!.status === 'skipped' && byCode['70']!.reason, 'needs a column the return does not carry', 'a pending rule says why, when it can');
    assert.equal(report.findings.find((f) => f.rule === '20Q')?.child, undefined);
    assert.equal(report.findings.find((f) => f.rule === '20Q')?.value, '3', 'a failing rule does not stop the others');
    assert.equal(report.findings.find((f) => f.rule === '30')?.child, 'c', 'nor itself on the other records');
  });

  it('runs a rule whose needs are met', () => {
    assert.equal(run([needsPrevious], rows, ['previous-year']).outcomes.find((o) => o.code === '50')?.status, 'ran');
  });

  it('skips every rule, saying why, when there is no rule set for the year', () => {
    const engine = createEngine<Row, { limit: number }>({
      set: null, catalogue: new Map([['10', overLimit]]), noSetReason: 'no rules for 2019/20', context: { limit: 0 }, available: new Set(), recordId: (r) => r.id,
    });
    engine.record(rows[0]!);
    assert.deepEqual(engine.finish().outcomes.map((o) => o.status === 'skipped' && o.reason), ['no rules for 2019/20']);
  });

  it('does not call a rule on a record with no rows in any part it reads, and calls one that reads nothing on every record', () => {
    interface Parted { readonly id: string; readonly a: readonly number[]; readonly b: readonly number[] }
    const seen: Record<string, string[]> = { a: [], ab: [], all: [], throws: [] };
    const rule = (code: string, reads: string[] | undefined, log: string[], fail = false): Rule<Parted, null> => ({
      meta: meta(code),
      ...(reads ? { reads } : {}),
      start: () => ({ record: (r) => { log.push(r.id); if (fail) throw new Error(`boom ${r.id}`); } }),
    });
    const engine = createEngine<Parted, null>({
      set: ruleSet('2023/24', [rule('1', ['a'], seen.a!), rule('2', ['a', 'b'], seen.ab!), rule('3', undefined, seen.all!), rule('4', ['b'], seen.throws!, true)]),
      catalogue: new Map(), context: null, available: new Set(), recordId: (r) => r.id,
      parts: { names: ['a', 'b'], present: (r) => (r.a.length > 0 ? 1 : 0) | (r.b.length > 0 ? 2 : 0) },
    });
    for (const r of [{ id: 'none', a: [], b: [] }, { id: 'a', a: [1], b: [] }, { id: 'b', a: [], b: [1] }, { id: 'both', a: [1], b: [2] }]) engine.record(r);
    const report = engine.finish();
    assert.deepEqual(seen, { a: ['a', 'both'], ab: ['a', 'b', 'both'], all: ['none', 'a', 'b', 'both'], throws: ['b', 'both'] });
    const failed = report.outcomes.find((o) => o.code === '4');
    assert.equal(failed?.status === 'failed' && failed.error, 'boom b (on child b); it failed on 2 records in all');
  });

  it('calls a rule over rows once per row of its part, with the record, and refuses a part records do not have', () => {
    interface Parted { readonly id: string; readonly a: readonly number[] }
    const seen: string[] = [];
    const rows: Rule<Parted, string> = { meta: meta('1'), reads: ['a'], start: () => ({ rows: 'a', row: (n: number, context, _report, r) => void seen.push(`${r.id}:${n}:${context}`) }) };
    const options = { catalogue: new Map(), context: 'ctx', available: new Set<Need>(), recordId: (r: Parted) => r.id, rowsOf: (r: Parted) => r.a };
    const engine = createEngine<Parted, string>({ ...options, set: ruleSet('2023/24', [rows]), parts: { names: ['a'], present: (r) => (r.a.length > 0 ? 1 : 0) } });
    for (const r of [{ id: 'x', a: [1, 2] }, { id: 'y', a: [] }, { id: 'z', a: [3] }]) engine.record(r);
    assert.equal(engine.finish().counts.ran, 1);
    assert.deepEqual(seen, ['x:1:ctx', 'x:2:ctx', 'z:3:ctx']);
    const throwing: Rule<Parted, string> = { meta: meta('2'), reads: ['a'], start: () => ({ rows: 'a', row: (n: number) => { throw new Error(`bad row ${n}`); } }) };
    const failing = createEngine<Parted, string>({ ...options, set: ruleSet('2023/24', [throwing]), parts: { names: ['a'], present: (r) => (r.a.length > 0 ? 1 : 0) } });
    for (const r of [{ id: 'x', a: [1, 2] }, { id: 'y', a: [3, 4, 5] }]) failing.record(r);
    const failed = failing.finish().outcomes.find((o) => o.code === '2');
    assert.equal(failed?.status === 'failed' && failed.error, 'bad row 1 (on child x); it failed on 2 records in all');
    assert.throws(() => createEngine<Parted, string>({ ...options, set: ruleSet('2023/24', [rows]), parts: { names: ['b'], present: () => 0 } }), /Rule 1 reads a, which is not a part of the records \(b\)/);
    assert.throws(() => createEngine<Parted, string>({ ...options, set: ruleSet('2023/24', [rows]), rowsOf: undefined as never }), /rowsOf/);
  });

  it('refuses records after finishing', () => {
    const engine = createEngine<Row, { limit: number }>({ set: ruleSet('2023/24', [overLimit]), catalogue: new Map(), context: { limit: 0 }, available: new Set(), recordId: (r) => r.id });
    engine.finish();
    assert.throws(() => engine.record(rows[0]!), /finished/);
    assert.throws(() => engine.finish(), /already finished/);
  });
});
