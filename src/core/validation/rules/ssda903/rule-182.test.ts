import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-182.ts';
import { cellsOf, check, oc2 } from './test-helpers.ts';

const none = { CONVICTED: null, HEALTH_CHECK: null, IMMUNISATIONS: null, TEETH_CHECK: null, HEALTH_ASSESSMENT: null, SUBSTANCE_MISUSE: null };

describe('rule 182', () => {
  it('passes all four given, or every item blank', () => {
    assert.deepEqual(check(rule, { oc2: [oc2(), oc2({ CHILD: '2', ...none })] }), []);
  });
  it('flags a missing one of the four when another item is given', () => {
    assert.deepEqual(cellsOf(check(rule, { oc2: [oc2({ ...none, CONVICTED: '0', TEETH_CHECK: '1', HEALTH_ASSESSMENT: '1', SUBSTANCE_MISUSE: '0' })] })), [
      'OC2.IMMUNISATIONS=null',
    ]);
  });
});
