import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-351.ts';
import { cellsOf, check, header } from './test-helpers.ts';

describe('rule 351', () => {
  it('passes a person whose 25th birthday is 1 April, the first day of the year', () => {
    assert.deepEqual(check(rule, { header: [header({ DOB: '1998-04-01' })] }), []);
  });
  it('flags one whose 25th birthday was 31 March, the day before', () => {
    assert.deepEqual(cellsOf(check(rule, { header: [header({ DOB: '1998-03-31' })] })), ['Header.DOB=1998-03-31']);
  });
});
