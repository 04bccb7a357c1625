import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-304.ts';
import { cellsOf, check, header, uasc } from './test-helpers.ts';

describe('rule 304', () => {
  it('passes UASC status ceasing on the 18th birthday', () => {
    assert.deepEqual(check(rule, { header: [header({ DOB: '2005-06-01' })], uasc: [uasc({ DOB: '2005-06-01', DUC: '2023-06-01' })] }), []);
  });
  it('flags UASC status ceasing the day after the 18th birthday', () => {
    assert.deepEqual(
      cellsOf(check(rule, { header: [header({ DOB: '2005-06-01' })], uasc: [uasc({ DOB: '2005-06-01', DUC: '2023-06-02' })] })),
      ['UASC.DUC=2023-06-02'],
    );
  });
  it('takes a leap-day birthday as 28 February', () => {
    const rows = (DUC: string) => ({ header: [header({ DOB: '2004-02-29' })], uasc: [uasc({ DOB: '2004-02-29', DUC })] });
    assert.deepEqual(check(rule, rows('2022-02-28')), []);
    assert.equal(check(rule, rows('2022-03-01')).length, 1);
  });
});
