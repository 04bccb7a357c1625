import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-523.ts';
import { ad1, cellsOf, check, placed } from './test-helpers.ts';

describe('rule 523', () => {
  it('passes the latest decision on the day of DATE_INT', () => {
    const placed_for_adoption = [placed({ DATE_PLACED: '2022-01-01', DATE_PLACED_CEASED: '2022-06-01' }), placed({ DATE_PLACED: '2023-05-01' })];
    assert.deepEqual(check(rule, { placed_for_adoption, ad1: [ad1({ DATE_INT: '2023-05-01' })] }), []);
  });
  it('flags a decision a day before DATE_INT', () => {
    const findings = check(rule, { placed_for_adoption: [placed({ DATE_PLACED: '2023-04-30' })], ad1: [ad1({ DATE_INT: '2023-05-01' })] });
    assert.deepEqual(cellsOf(findings), ['PlacedAdoption.DATE_PLACED=2023-04-30']);
    assert.equal(findings[0]!.related[0]!.value, '2023-05-01');
  });
});
