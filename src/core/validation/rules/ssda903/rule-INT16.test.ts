import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-INT16.ts';
import { cellsOf, check, header, permanence } from './test-helpers.ts';

describe('rule INT16', () => {
  it('passes the Header date of birth, 29 February included', () => {
    assert.deepEqual(check(rule, { header: [header({ DOB: '2012-02-29' })], previous_permanence: [permanence({ DOB: '2012-02-29' })] }), []);
  });
  it('flags a date of birth a day out and a blank one', () => {
    const rows = [permanence({ DOB: '2012-03-01' }), permanence({ DOB: null })];
    assert.deepEqual(cellsOf(check(rule, { header: [header({ DOB: '2012-02-29' })], previous_permanence: rows })), ['PrevPerm.DOB=2012-03-01', 'PrevPerm.DOB=null']);
  });
});
