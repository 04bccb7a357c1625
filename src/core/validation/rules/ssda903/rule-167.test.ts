import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-167.ts';
import { cellsOf, check, review } from './test-helpers.ts';

describe('rule 167', () => {
  it('passes a valid REVIEW_CODE', () => {
    assert.deepEqual(check(rule, { reviews: [review({ REVIEW_CODE: 'PN0' })] }), []);
  });
  it('flags a code not in the list', () => {
    assert.deepEqual(cellsOf(check(rule, { reviews: [review({ REVIEW_CODE: 'PN8' })] })), ['Reviews.REVIEW_CODE=PN8']);
  });
  it('flags a blank REVIEW_CODE, which is required', () => {
    assert.deepEqual(cellsOf(check(rule, { reviews: [review({ REVIEW_CODE: null })] })), ['Reviews.REVIEW_CODE=null']);
  });
});
