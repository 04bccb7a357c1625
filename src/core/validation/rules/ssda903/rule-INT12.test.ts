import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-INT12.ts';
import { cellsOf, check, header, placed } from './test-helpers.ts';

describe('rule INT12', () => {
  it('passes the Header date of birth, 29 February included', () => {
    assert.deepEqual(check(rule, { header: [header({ DOB: '2012-02-29' })], placed_for_adoption: [placed({ DOB: '2012-02-29' })] }), []);
  });
  it('flags a date of birth a day out and a blank one', () => {
    const rows = [placed({ DOB: '2012-03-01' }), placed({ DOB: null })];
    assert.deepEqual(cellsOf(check(rule, { header: [header({ DOB: '2012-02-29' })], placed_for_adoption: rows })), ['PlacedAdoption.DOB=2012-03-01', 'PlacedAdoption.DOB=null']);
  });
});
