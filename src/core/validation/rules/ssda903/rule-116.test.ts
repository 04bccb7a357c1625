import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-116.ts';
import { cellsOf, check, placed } from './test-helpers.ts';

describe('rule 116', () => {
  it('passes a valid DATE_PLACED_CEASED', () => {
    assert.deepEqual(check(rule, { placed_for_adoption: [placed({ DATE_PLACED_CEASED: '2023-09-01' })] }), []);
  });
  it('flags an unreadable date', () => {
    assert.deepEqual(cellsOf(check(rule, { placed_for_adoption: [placed({ DATE_PLACED_CEASED: null, raw: { DATE_PLACED_CEASED: '31/02/2023' } })] })), ['PlacedAdoption.DATE_PLACED_CEASED=31/02/2023']);
  });
  it('passes a blank DATE_PLACED_CEASED, which is optional here', () => {
    assert.deepEqual(check(rule, { placed_for_adoption: [placed({ DATE_PLACED_CEASED: null })] }), []);
  });
});
