import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { arbitraryCensus } from '../formats/cin/cin-arbitrary.ts';
import { readCin, readCinCensus } from '../formats/cin/index.ts';
import type { CinChild } from '../model/cin.ts';
import { createCinValidator, indexPreviousCensus, validateCinCensus } from './cin-validator.ts';
import { cinCatalogue } from './rules/cin/rule-sets.ts';
import { assessment, child, episode, header } from './rules/cin/test-helpers.ts';

const samples = fileURLToPath(new URL('../../../../shared/reference/samples/csc-validator-be-cin/fake_data/', import.meta.url));
const noSamples = !existsSync(samples) && `${samples} is not there`;

const children: CinChild[] = [
  child({ episodes: [episode({ Assessments: [assessment({ AssessmentActualStartDate: '2023-05-01' })] })] }),
  child({ ids: { LAchildID: 'C2' } }),
  child({ ids: { LAchildID: 'C2', PersonBirthDate: '2024-05-01' } }),
];

describe('CIN census validator', () => {
  it('gives the same report fed child by child as for the whole census', () => {
    const whole = validateCinCensus({ year: '2023/24', header: header(), children });
    const v = createCinValidator({ year: '2023/24' });
    for (const c of children) v.child(c);
    assert.deepEqual(v.finish(header()), whole);
    assert.deepEqual([...new Set(whole.findings.map((f) => f.rule))].sort(), ['1103', '1520', '2887Q', '8510', '8520', '8606']);
  });

  it('accounts for every CIN rule, and marks the ones of other years not applicable', () => {
    const report = validateCinCensus({ year: '2022/23', header: header({}, '2022/23'), children: [] });
    assert.equal(report.outcomes.length, cinCatalogue.size);
    assert.deepEqual(report.outcomes.filter((o) => o.status === 'not-applicable').map((o) => o.code), ['1570', '1580', '8945Q', '8950Q']);
    assert.equal(report.counts.failed, 0);
  });

  it('skips every rule, saying why, for a year it has no rules for', () => {
    const report = validateCinCensus({ year: '2020/21', header: header({}, '2020/21'), children });
    assert.ok(report.outcomes.every((o) => o.status === 'skipped' && o.reason === 'Sightline has no CIN census rules for 2020/21'));
    assert.deepEqual(report.findings, []);
  });

  it('finds nothing wrong with a clean child, and reports a missing header through the header rule', () => {
    const v = createCinValidator({ year: '2023/24', previous: indexPreviousCensus({ year: '2022/23', header: header(), children }) });
    v.child(child({ characteristics: { Disabilities: ['MOB', 'HAND', 'PC', 'INC', 'COMM', 'LD', 'HEAR', 'VIS'] } }));
    assert.deepEqual(v.finish(null).findings.map((f) => [f.rule, f.table, f.field, f.value]), [['100', 'Header', 'ReferenceDate', null]]);
  });

  it('never fails a rule, and accounts for every rule, on any census the schema allows', () => {
    fc.assert(
      fc.property(arbitraryCensus(6), (census) => {
        const report = validateCinCensus(census);
        assert.equal(report.counts.failed, 0, JSON.stringify(report.outcomes.filter((o) => o.status === 'failed')));
        assert.equal(report.outcomes.length, cinCatalogue.size);
        const ids = new Set(census.children.map((c) => c.ChildIdentifiers.LAchildID));
        for (const f of report.findings) {
          assert.ok(cinCatalogue.has(f.rule));
          assert.ok(f.child === undefined || ids.has(f.child));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('validates the DfE sample files as the reader streams them, pointing at their lines', { skip: noSamples }, async () => {
    const v = createCinValidator({ year: '2022/23' });
    const read = await readCin(readFileSync(`${samples}CIN_Census_2021.xml`), { year: '2022/23', onChild: (c) => v.child(c) });
    const report = v.finish(read.header);
    const early = report.findings.find((f) => f.rule === '1103');
    assert.deepEqual(early && [early.child, early.value, early.line, early.related.map((r) => [r.field, r.value, typeof r.line])], [
      'DfEX0000001', '1970-06-03', 44, [['CINreferralDate', '1970-10-06', 'number']],
    ]);
    assert.equal(report.counts.failed, 0);
  });

  it('flags the wrong reference date of the header-issue sample, and runs every rule on the larger sample', { skip: noSamples }, async () => {
    const { census } = await readCinCensus(readFileSync(`${samples}CIN_header_issues_100.xml`));
    assert.deepEqual(validateCinCensus(census!).findings.filter((f) => f.rule === '100').map((f) => f.value), ['2023-03-28']);
    const big = await readCinCensus(readFileSync(`${samples}fake_CIN_data.xml`));
    const report = validateCinCensus(big.census!);
    assert.equal(report.counts.records, 332);
    assert.ok(report.outcomes.every((o) => o.status === 'ran' || o.status === 'not-applicable'));
    assert.ok(report.findings.every((f) => f.child === undefined || f.line !== undefined), 'every child finding has a line');
  });
});
