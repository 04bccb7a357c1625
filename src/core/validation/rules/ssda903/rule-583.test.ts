import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-583.ts';
import { cellsOf, check, placed } from './test-helpers.ts';

describe('rule 583', () => {
  it('passes an earlier decision revoked and one open decision', () => {
    assert.deepEqual(check(rule, { placed_for_adoption: [placed({ DATE_PLACED: '2023-10-01' }), placed({ DATE_PLACED: '2023-05-01', DATE_PLACED_CEASED: '2023-09-01' })] }), []);
    assert.deepEqual(check(rule, { placed_for_adoption: [placed()] }), []);
  });
  it('flags the earlier decision not revoked', () => {
    const findings = check(rule, { placed_for_adoption: [placed({ DATE_PLACED: '2023-10-01' }), placed({ DATE_PLACED: '2023-09-30' })] });
    assert.deepEqual(cellsOf(findings), ['PlacedAdoption.DATE_PLACED_CEASED=null']);
    assert.equal(findings[0]!.related[0]!.value, '2023-09-30');
  });
});
