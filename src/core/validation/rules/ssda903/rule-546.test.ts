import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-546.ts';
import { cellsOf, check, oc2 } from './test-helpers.ts';

describe('rule 546', () => {
  it('passes health promotion information for a child who turns 5 on 1 April', () => {
    assert.deepEqual(check(rule, { oc2: [oc2({ DOB: '2019-04-01', HEALTH_CHECK: '1' })] }), []);
  });
  it('flags it for a child 5 on 31 March, using the OC2 DOB when there is no header', () => {
    assert.deepEqual(cellsOf(check(rule, { oc2: [oc2({ DOB: '2019-03-31', HEALTH_CHECK: '1' })] })), ['OC2.HEALTH_CHECK=1']);
  });
});
