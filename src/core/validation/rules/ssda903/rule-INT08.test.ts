import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-INT08.ts';
import { cellsOf, check, header, review } from './test-helpers.ts';

describe('rule INT08', () => {
  it('passes a child in Reviews who is in Header', () => {
    assert.deepEqual(check(rule, { header: [header()], reviews: [review()] }), []);
  });
  it('flags a child in Reviews but not in Header, once whatever its rows', () => {
    assert.deepEqual(cellsOf(check(rule, { reviews: [review(), review()] })), ['Reviews.CHILD=1']);
  });
});
