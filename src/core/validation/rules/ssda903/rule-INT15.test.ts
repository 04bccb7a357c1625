import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-INT15.ts';
import { cellsOf, check, header, oc3 } from './test-helpers.ts';

describe('rule INT15', () => {
  it('passes the Header date of birth, 29 February included', () => {
    assert.deepEqual(check(rule, { header: [header({ DOB: '2012-02-29' })], oc3: [oc3({ DOB: '2012-02-29' })] }), []);
  });
  it('flags a date of birth a day out and a blank one', () => {
    const rows = [oc3({ DOB: '2012-03-01' }), oc3({ DOB: null })];
    assert.deepEqual(cellsOf(check(rule, { header: [header({ DOB: '2012-02-29' })], oc3: rows })), ['OC3.DOB=2012-03-01', 'OC3.DOB=null']);
  });
});
