import assert from 'node:assert/strict';
import { test } from 'node:test';
import { childFacts } from './rules/ssda903/child-facts.ts';
import { childRule, type Child903 } from './rules/ssda903/ssda903-rule.ts';
import { meta903 } from './rules/ssda903/rules-metadata.ts';
import { episode, header, return903, run, uasc } from './rules/ssda903/test-helpers.ts';
import { childrenOf, ssda903Context, tableParts, validate903Return } from './ssda903-validator.ts';

test('rows are grouped by child, header children first, then children found only in other tables', () => {
  const ret = return903({
    header: [header({ CHILD: 'A' }), header({ CHILD: 'B' })],
    episodes: [episode({ CHILD: 'B' }), episode({ CHILD: 'C' }), episode({ CHILD: 'A' }), episode({ CHILD: 'B', DECOM: '2023-07-01' })],
  });
  const children = [...childrenOf(ssda903Context({ current: ret }))];
  assert.deepEqual(children.map((c) => [c.CHILD, c.header.length, c.episodes.length]), [['A', 1, 1], ['B', 1, 2], ['C', 0, 1]]);
  assert.equal(children[0]!.uasc.length, 0);
  assert.equal(children[0]!.previous, null);
});

test("a child's tables with rows are the bits of the tables' names, in order", () => {
  const ret = return903({ header: [header({ CHILD: 'A' })], episodes: [episode({ CHILD: 'A' })], uasc: [uasc({ CHILD: 'B' })] });
  const named = (bits: number) => tableParts.names.filter((_, i) => (bits & (1 << i)) !== 0);
  assert.deepEqual([...childrenOf(ssda903Context({ current: ret }))].map((c) => [c.CHILD, named(tableParts.present(c))]), [['A', ['header', 'episodes']], ['B', ['uasc']]]);
  const none = Object.fromEntries(tableParts.names.map((t) => [t, []]));
  for (const t of tableParts.names) assert.deepEqual(named(tableParts.present({ ...none, [t]: [{}] } as unknown as Child903)), [t]);
});

test("last year's rows are attached by child, empty for a child new this year", () => {
  const current = return903({ header: [header({ CHILD: 'A' }), header({ CHILD: 'B' })] });
  const previous = return903({ header: [header({ CHILD: 'A', ETHNIC: 'WIRI' })] }, { year: '2022/23' });
  const [a, b] = [...childrenOf(ssda903Context({ current, previous }))];
  assert.equal(a!.previous!.header[0]!.ETHNIC, 'WIRI');
  assert.equal(b!.previous!.header.length, 0);
});

test('a rule on a table the return left out is skipped, naming the table; with it (even empty) it runs', () => {
  const rule = childRule(meta903('104'), () => {});
  const skipped = run(rule, { header: [header()] }, { absent: ['uasc'] }).outcome;
  assert.equal(skipped.status, 'skipped');
  assert.match(skipped.status === 'skipped' ? skipped.reason : '', /needs the uasc table, which was not given/);
  assert.equal(run(rule, { header: [header()] }).outcome.status, 'ran');
});

test('rules needing reference data or last year are skipped without them', () => {
  const providers = run(childRule(meta903('219'), () => {}), {}).outcome;
  assert.match(providers.status === 'skipped' ? providers.reason : '', /Ofsted provider list/);
  const postcodes = run(childRule(meta903('164'), () => {}), {}).outcome;
  assert.match(postcodes.status === 'skipped' ? postcodes.reason : '', /postcode reference/);
  const previous = run(childRule(meta903('202'), () => {}), {}).outcome;
  assert.match(previous.status === 'skipped' ? previous.reason : '', /previous year's return/);
});

test('a whole return gets an outcome for every one of the 336 codes', () => {
  const report = validate903Return(return903({ header: [header()], episodes: [episode()], uasc: [uasc()] }));
  assert.equal(report.outcomes.length, 336);
  assert.equal(report.counts.records, 1);
  assert.equal(report.counts.failed, 0);
});

test('facts: periods of care split at S or a gap; 12 months continuous needs the whole year', () => {
  const rows = return903({
    episodes: [
      episode({ DECOM: '2022-01-01', DEC: '2022-06-01', REC: 'X1' }),
      episode({ DECOM: '2022-06-01', RNE: 'P', DEC: '2022-09-01', REC: 'E4A' }),
      episode({ DECOM: '2023-01-10', RNE: 'S', DEC: '2023-02-01', REC: 'X1' }),
      episode({ DECOM: '2023-02-01', RNE: 'P' }),
    ],
  }).tables;
  const facts = childFacts(rows, '2023-04-01', '2024-03-31');
  assert.deepEqual(facts.periods.map((p) => [p.start, p.end, p.episodes.length]), [['2022-01-01', '2022-09-01', 2], ['2023-01-10', null, 2]]);
  assert.equal(facts.lookedAfterAtYearEnd, true);
  assert.equal(facts.continuouslyLookedAfter12Months, true);
  const late = childFacts(return903({ episodes: [episode({ DECOM: '2023-04-02' })] }).tables, '2023-04-01', '2024-03-31');
  assert.equal(late.continuouslyLookedAfter12Months, false);
  const onFirst = childFacts(return903({ episodes: [episode({ DECOM: '2023-04-01' })] }).tables, '2023-04-01', '2024-03-31');
  assert.equal(onFirst.continuouslyLookedAfter12Months, true);
  const breaks = childFacts(return903({ episodes: [episode({ DECOM: '2022-04-01', LS: 'V3' })] }).tables, '2023-04-01', '2024-03-31');
  assert.equal(breaks.continuouslyLookedAfter12Months, false);
});
