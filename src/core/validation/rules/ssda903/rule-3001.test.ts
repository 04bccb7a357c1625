import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-3001.ts';
import { cellsOf, check, header, oc3, relatedOf } from './test-helpers.ts';

const leaver = (DOB: string, ACCOM: string) => check(rule, { header: [header({ DOB })], oc3: [oc3({ DOB, ACCOM })] });

describe('rule 3001', () => {
  it('passes former foster carers for an 18-year-old and other accommodation at 17', () => {
    assert.deepEqual(leaver('2005-06-01', 'Z1'), []);
    assert.deepEqual(leaver('2006-06-01', 'B1'), []);
  });
  it('flags former foster carers for a young person turning 17 this year, 1 April and 31 March birthdays included', () => {
    const [f] = leaver('2006-04-01', 'Z2');
    assert.deepEqual(cellsOf([f!]), ['OC3.ACCOM=Z2']);
    assert.deepEqual(relatedOf(f), ['Header.DOB=2006-04-01']);
    assert.equal(leaver('2007-03-31', 'Z1').length, 1);
    assert.deepEqual(leaver('2007-04-01', 'Z1'), []);
    assert.deepEqual(leaver('2006-03-31', 'Z1'), []);
  });
});
