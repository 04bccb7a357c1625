import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-196.ts';
import { cellsOf, check, oc2 } from './test-helpers.ts';

describe('rule 196', () => {
  it('passes a valid SDQ_REASON', () => {
    assert.deepEqual(check(rule, { oc2: [oc2({ SDQ_REASON: 'SDQ5' })] }), []);
  });
  it('flags a code not in the list', () => {
    assert.deepEqual(cellsOf(check(rule, { oc2: [oc2({ SDQ_REASON: 'SDQ6' })] })), ['OC2.SDQ_REASON=SDQ6']);
  });
  it('passes a blank SDQ_REASON, which is optional here', () => {
    assert.deepEqual(check(rule, { oc2: [oc2({ SDQ_REASON: null })] }), []);
  });
});
