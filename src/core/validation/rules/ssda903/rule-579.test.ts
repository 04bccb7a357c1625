import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-579.ts';
import { cellsOf, check, placed } from './test-helpers.ts';

describe('rule 579', () => {
  it('passes a new decision on the day the previous one ceased', () => {
    const placed_for_adoption = [placed({ DATE_PLACED: '2023-09-01' }), placed({ DATE_PLACED: '2023-05-01', DATE_PLACED_CEASED: '2023-09-01' })];
    assert.deepEqual(check(rule, { placed_for_adoption }), []);
  });
  it('flags a new decision the day before the previous one ceased, and one while it is open', () => {
    const overlapping = [placed({ DATE_PLACED: '2023-05-01', DATE_PLACED_CEASED: '2023-09-01' }), placed({ DATE_PLACED: '2023-08-31' })];
    const findings = check(rule, { placed_for_adoption: overlapping });
    assert.deepEqual(cellsOf(findings), ['PlacedAdoption.DATE_PLACED=2023-08-31']);
    assert.equal(findings[0]!.related[0]!.value, '2023-09-01');
    assert.deepEqual(cellsOf(check(rule, { placed_for_adoption: [placed({ DATE_PLACED: '2023-05-01' }), placed({ DATE_PLACED: '2023-10-01' })] })), ['PlacedAdoption.DATE_PLACED=2023-10-01']);
  });
});
