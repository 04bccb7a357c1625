import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-153.ts';
import { cellsOf, check, oc3 } from './test-helpers.ts';

describe('rule 153', () => {
  it('passes all three or none', () => {
    assert.deepEqual(check(rule, { oc3: [oc3(), oc3({ CHILD: '2', IN_TOUCH: null, ACTIV: null, ACCOM: null })] }), []);
  });
  it('flags a missing item', () => {
    assert.deepEqual(cellsOf(check(rule, { oc3: [oc3({ ACCOM: null })] })), ['OC3.ACCOM=null']);
  });
});
