import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-INT17.ts';
import { cellsOf, check, header, review } from './test-helpers.ts';

describe('rule INT17', () => {
  it('passes the Header date of birth, 29 February included', () => {
    assert.deepEqual(check(rule, { header: [header({ DOB: '2012-02-29' })], reviews: [review({ DOB: '2012-02-29' })] }), []);
  });
  it('flags a date of birth a day out and a blank one', () => {
    const rows = [review({ DOB: '2012-03-01' }), review({ DOB: null })];
    assert.deepEqual(cellsOf(check(rule, { header: [header({ DOB: '2012-02-29' })], reviews: rows })), ['Reviews.DOB=2012-03-01', 'Reviews.DOB=null']);
  });
});
