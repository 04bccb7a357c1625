import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-391.ts';
import { cellsOf, check, header, oc3 } from './test-helpers.ts';

const rows = (DOB: string) => ({ header: [header({ DOB })], oc3: [oc3({ DOB })] });

describe('rule 391', () => {
  it('passes a young person who turns 17 on 31 March', () => {
    assert.deepEqual(check(rule, rows('2007-03-31')), []);
  });
  it('flags one who turns 17 on 1 April, after the year', () => {
    assert.deepEqual(cellsOf(check(rule, rows('2007-04-01'))), ['OC3.DOB=2007-04-01']);
  });
  it('passes one who turns 22 on 2 April and flags one who was 22 on 1 April', () => {
    assert.deepEqual(check(rule, rows('2001-04-02')), []);
    assert.equal(check(rule, rows('2001-04-01')).length, 1);
  });
});
