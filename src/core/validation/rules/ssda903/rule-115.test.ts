import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-115.ts';
import { cellsOf, check, placed } from './test-helpers.ts';

describe('rule 115', () => {
  it('passes a valid DATE_PLACED', () => {
    assert.deepEqual(check(rule, { placed_for_adoption: [placed({ DATE_PLACED: '2023-07-01' })] }), []);
  });
  it('flags an unreadable date', () => {
    assert.deepEqual(cellsOf(check(rule, { placed_for_adoption: [placed({ DATE_PLACED: null, raw: { DATE_PLACED: '31/02/2023' } })] })), ['PlacedAdoption.DATE_PLACED=31/02/2023']);
  });
  it('passes a blank DATE_PLACED, which is optional here', () => {
    assert.deepEqual(check(rule, { placed_for_adoption: [placed({ DATE_PLACED: null })] }), []);
  });
});
