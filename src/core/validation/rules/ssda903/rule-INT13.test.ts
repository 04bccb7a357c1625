import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-INT13.ts';
import { cellsOf, check, header, missing } from './test-helpers.ts';

describe('rule INT13', () => {
  it('passes the Header date of birth, 29 February included', () => {
    assert.deepEqual(check(rule, { header: [header({ DOB: '2012-02-29' })], missing: [missing({ DOB: '2012-02-29' })] }), []);
  });
  it('flags a date of birth a day out and a blank one', () => {
    const rows = [missing({ DOB: '2012-03-01' }), missing({ DOB: null })];
    assert.deepEqual(cellsOf(check(rule, { header: [header({ DOB: '2012-02-29' })], missing: rows })), ['Missing.DOB=2012-03-01', 'Missing.DOB=null']);
  });
});
