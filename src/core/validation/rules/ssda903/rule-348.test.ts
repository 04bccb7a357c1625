import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-348.ts';
import { cellsOf, check, header, oc3, run } from './test-helpers.ts';

const year = '2025/26' as const;

describe('rule 348', () => {
  it('passes DIED reported again, and any value when last year did not say died', () => {
    assert.deepEqual(check(rule, { header: [header()], oc3: [oc3({ IN_TOUCH: 'DIED', ACTIV: null, ACCOM: null })] }, { year, previous: { oc3: [oc3({ IN_TOUCH: 'DIED' })] } }), []);
    assert.deepEqual(check(rule, { header: [header()], oc3: [oc3({ IN_TOUCH: 'YES' })] }, { year, previous: { oc3: [oc3({ IN_TOUCH: 'NO' })] } }), []);
  });
  it('flags a young person in touch this year after being reported died', () => {
    const [f] = check(rule, { header: [header()], oc3: [oc3({ IN_TOUCH: 'YES' })] }, { year, previous: { oc3: [oc3({ IN_TOUCH: 'DIED' })] } });
    assert.deepEqual(cellsOf([f!]), ['OC3.IN_TOUCH=YES']);
    assert.equal(f!.related[0]!.table, 'OC3 (previous year)');
  });
  it('is skipped without last year’s return', () => {
    assert.equal(run(rule, { header: [header()], oc3: [oc3()] }, { year }).outcome.status, 'skipped');
  });
});
