import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-184.ts';
import { cellsOf, check, header, placed } from './test-helpers.ts';

describe('rule 184', () => {
  it('passes a decision on the day of birth', () => {
    assert.deepEqual(check(rule, { header: [header({ DOB: '2023-02-01' })], placed_for_adoption: [placed({ DATE_PLACED: '2023-02-01' })] }), []);
  });
  it('flags a decision the day before birth', () => {
    const findings = check(rule, { header: [header({ DOB: '2023-02-01' })], placed_for_adoption: [placed({ DATE_PLACED: '2023-01-31' })] });
    assert.deepEqual(cellsOf(findings), ['PlacedAdoption.DATE_PLACED=2023-01-31']);
    assert.deepEqual(cellsOf(findings[0]!.related), ['Header.DOB=2023-02-01']);
  });
});
