import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-215.ts';
import { cellsOf, check, oc2, oc3 } from './test-helpers.ts';

describe('rule 215', () => {
  it('passes a care leaver with no OC2 items', () => {
    const blank = { CONVICTED: null, HEALTH_CHECK: null, IMMUNISATIONS: null, TEETH_CHECK: null, HEALTH_ASSESSMENT: null, SUBSTANCE_MISUSE: null };
    assert.deepEqual(check(rule, { oc3: [oc3()], oc2: [oc2(blank)] }), []);
  });
  it('flags OC2 items for a care leaver', () => {
    assert.deepEqual(cellsOf(check(rule, { oc3: [oc3()], oc2: [oc2()] })), ['OC2.CONVICTED=0']);
  });
});
