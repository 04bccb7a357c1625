import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-347.ts';
import { cellsOf, check, header, oc3 } from './test-helpers.ts';

const rows = (DOB: string, ACCOM: string) => ({ header: [header({ DOB })], oc3: [oc3({ DOB, ACCOM })] });

describe('rule 347', () => {
  it('passes a foyer for a young person who is 18 on 31 March', () => {
    assert.deepEqual(check(rule, rows('2006-03-31', 'T1')), []);
  });
  it('flags a foyer for one whose 18th birthday is 1 April', () => {
    assert.deepEqual(cellsOf(check(rule, rows('2006-04-01', 'T2'))), ['OC3.ACCOM=T2']);
  });
  it('passes other accommodation for a 17-year-old', () => {
    assert.deepEqual(check(rule, rows('2006-04-01', 'B1')), []);
  });
});
