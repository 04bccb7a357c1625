import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-INT18.ts';
import { cellsOf, check, header, uasc } from './test-helpers.ts';

describe('rule INT18', () => {
  it('passes the Header date of birth, 29 February included', () => {
    assert.deepEqual(check(rule, { header: [header({ DOB: '2012-02-29' })], uasc: [uasc({ DOB: '2012-02-29' })] }), []);
  });
  it('flags a date of birth a day out and a blank one', () => {
    const rows = [uasc({ DOB: '2012-03-01' }), uasc({ DOB: null })];
    assert.deepEqual(cellsOf(check(rule, { header: [header({ DOB: '2012-02-29' })], uasc: rows })), ['UASC.DOB=2012-03-01', 'UASC.DOB=null']);
  });
});
