import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-INT14.ts';
import { cellsOf, check, header, oc2 } from './test-helpers.ts';

describe('rule INT14', () => {
  it('passes the Header date of birth, 29 February included', () => {
    assert.deepEqual(check(rule, { header: [header({ DOB: '2012-02-29' })], oc2: [oc2({ DOB: '2012-02-29' })] }), []);
  });
  it('flags a date of birth a day out and a blank one', () => {
    const rows = [oc2({ DOB: '2012-03-01' }), oc2({ DOB: null })];
    assert.deepEqual(cellsOf(check(rule, { header: [header({ DOB: '2012-02-29' })], oc2: rows })), ['OC2.DOB=2012-03-01', 'OC2.DOB=null']);
  });
});
