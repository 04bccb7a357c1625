import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-561.ts';
import { cellsOf, check, placed } from './test-helpers.ts';

const ceased = { placed_for_adoption: [placed({ DATE_PLACED: '2022-10-01', DATE_PLACED_CEASED: '2023-01-01' })] };

describe('rule 561', () => {
  it('passes a ceased decision still ceased, and a new decision', () => {
    assert.deepEqual(check(rule, { placed_for_adoption: [placed({ DATE_PLACED: '2022-10-01', DATE_PLACED_CEASED: '2023-01-01' }), placed({ DATE_PLACED: '2023-05-01' })] }, { previous: ceased }), []);
  });
  it('flags last year\'s ceased decision shown open this year', () => {
    const findings = check(rule, { placed_for_adoption: [placed({ DATE_PLACED: '2022-10-01' })] }, { previous: ceased });
    assert.deepEqual(cellsOf(findings), ['PlacedAdoption.DATE_PLACED=2022-10-01']);
    assert.deepEqual(findings[0]!.related, [{ table: 'PlacedAdoption (previous year)', field: 'DATE_PLACED_CEASED', value: '2023-01-01' }]);
  });
});
