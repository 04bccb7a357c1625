import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-120.ts';
import { cellsOf, check, placed } from './test-helpers.ts';

describe('rule 120', () => {
  it('passes a valid REASON_PLACED_CEASED', () => {
    assert.deepEqual(check(rule, { placed_for_adoption: [placed({ REASON_PLACED_CEASED: 'RD1' })] }), []);
  });
  it('flags a code not in the list', () => {
    assert.deepEqual(cellsOf(check(rule, { placed_for_adoption: [placed({ REASON_PLACED_CEASED: 'RD9' })] })), ['PlacedAdoption.REASON_PLACED_CEASED=RD9']);
  });
  it('passes a blank REASON_PLACED_CEASED, which is optional here', () => {
    assert.deepEqual(check(rule, { placed_for_adoption: [placed({ REASON_PLACED_CEASED: null })] }), []);
  });
});
