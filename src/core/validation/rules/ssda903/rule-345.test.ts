import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-345.ts';
import { cellsOf, check, header, oc3 } from './test-helpers.ts';

describe('rule 345', () => {
  it('passes a young person in touch with real codes, and 0 for one not in touch', () => {
    assert.deepEqual(check(rule, { header: [header()], oc3: [oc3({ IN_TOUCH: 'YES' })] }), []);
    assert.deepEqual(check(rule, { header: [header()], oc3: [oc3({ IN_TOUCH: 'NO', ACTIV: '0', ACCOM: '0' })] }), []);
  });
  it('flags 0 for a young person in touch', () => {
    assert.deepEqual(cellsOf(check(rule, { header: [header()], oc3: [oc3({ IN_TOUCH: 'YES', ACTIV: '0', ACCOM: 'B1' })] })), ['OC3.ACTIV=0']);
  });
});
