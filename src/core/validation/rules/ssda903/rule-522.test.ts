import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-522.ts';
import { cellsOf, check, placed } from './test-helpers.ts';

describe('rule 522', () => {
  it('passes a decision reversed the same day, and an open decision', () => {
    assert.deepEqual(check(rule, { placed_for_adoption: [placed({ DATE_PLACED: '2024-02-29', DATE_PLACED_CEASED: '2024-02-29', REASON_PLACED_CEASED: 'RD1' }), placed({ DATE_PLACED: '2024-03-01' })] }), []);
  });
  it('flags a decision after its reversal', () => {
    assert.deepEqual(cellsOf(check(rule, { placed_for_adoption: [placed({ DATE_PLACED: '2024-03-01', DATE_PLACED_CEASED: '2024-02-29' })] })), ['PlacedAdoption.DATE_PLACED=2024-03-01']);
  });
});
