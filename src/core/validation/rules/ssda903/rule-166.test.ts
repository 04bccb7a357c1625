import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-166.ts';
import { cellsOf, check, review } from './test-helpers.ts';

describe('rule 166', () => {
  it('passes a valid REVIEW', () => {
    assert.deepEqual(check(rule, { reviews: [review({ REVIEW: '2023-07-01' })] }), []);
  });
  it('flags an unreadable date', () => {
    assert.deepEqual(cellsOf(check(rule, { reviews: [review({ REVIEW: null, raw: { REVIEW: '31/02/2023' } })] })), ['Reviews.REVIEW=31/02/2023']);
  });
  it('flags a blank REVIEW, which is required', () => {
    assert.deepEqual(cellsOf(check(rule, { reviews: [review({ REVIEW: null })] })), ['Reviews.REVIEW=null']);
  });
});
