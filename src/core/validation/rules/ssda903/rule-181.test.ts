import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-181.ts';
import { cellsOf, check, oc2 } from './test-helpers.ts';

describe('rule 181', () => {
  it('passes 0, 1 and blank', () => {
    assert.deepEqual(check(rule, { oc2: [oc2({ CONVICTED: '1', INTERVENTION_OFFERED: null })] }), []);
  });
  it('flags any other value, each item on its own', () => {
    assert.deepEqual(cellsOf(check(rule, { oc2: [oc2({ HEALTH_CHECK: '2', TEETH_CHECK: 'Y' })] })), ['OC2.HEALTH_CHECK=2', 'OC2.TEETH_CHECK=Y']);
  });
});
