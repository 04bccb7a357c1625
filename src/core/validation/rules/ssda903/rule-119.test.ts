import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-119.ts';
import { cellsOf, check, placed } from './test-helpers.ts';

describe('rule 119', () => {
  it('passes both or neither', () => {
    assert.deepEqual(check(rule, { placed_for_adoption: [placed(), placed({ CHILD: '2', DATE_PLACED_CEASED: '2023-09-01', REASON_PLACED_CEASED: 'RD1' })] }), []);
  });
  it('flags a date without a reason and a reason without a date', () => {
    const rows = [placed({ DATE_PLACED_CEASED: '2023-09-01' }), placed({ CHILD: '2', REASON_PLACED_CEASED: 'RD2' })];
    assert.deepEqual(cellsOf(check(rule, { placed_for_adoption: rows })), ['PlacedAdoption.REASON_PLACED_CEASED=null', 'PlacedAdoption.DATE_PLACED_CEASED=null']);
  });
});
