import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-399.ts';
import { cellsOf, check, episode, header, review } from './test-helpers.ts';

describe('rule 399', () => {
  it('passes short breaks only without mother or reviews, and a mixed history with them', () => {
    assert.deepEqual(check(rule, { header: [header({ MOTHER: null })], episodes: [episode({ LS: 'V3' })] }), []);
    assert.deepEqual(check(rule, { header: [header({ MOTHER: '0' })], episodes: [episode({ LS: 'V3' }), episode({ LS: 'C2', DECOM: '2023-09-01' })], reviews: [review()] }), []);
  });
  it('flags mother and each review item for a child on short breaks only', () => {
    assert.deepEqual(cellsOf(check(rule, { header: [header({ MOTHER: '0' })], episodes: [episode({ LS: 'V4' })], reviews: [review()] })), [
      'Header.MOTHER=0',
      'Reviews.REVIEW=2023-07-01',
      'Reviews.REVIEW_CODE=PN1',
    ]);
  });
});
