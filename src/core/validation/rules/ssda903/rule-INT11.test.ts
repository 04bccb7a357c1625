import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-INT11.ts';
import { ad1, cellsOf, check, header } from './test-helpers.ts';

describe('rule INT11', () => {
  it('passes the Header date of birth, 29 February included', () => {
    assert.deepEqual(check(rule, { header: [header({ DOB: '2012-02-29' })], ad1: [ad1({ DOB: '2012-02-29' })] }), []);
  });
  it('flags a date of birth a day out and a blank one', () => {
    const rows = [ad1({ DOB: '2012-03-01' }), ad1({ DOB: null })];
    assert.deepEqual(cellsOf(check(rule, { header: [header({ DOB: '2012-02-29' })], ad1: rows })), ['AD1.DOB=2012-03-01', 'AD1.DOB=null']);
  });
});
