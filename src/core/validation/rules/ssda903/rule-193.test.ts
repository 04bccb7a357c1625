import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-193.ts';
import { cellsOf, check, oc2 } from './test-helpers.ts';

describe('rule 193', () => {
  it('passes no problem and no intervention items', () => {
    assert.deepEqual(check(rule, { oc2: [oc2({ SUBSTANCE_MISUSE: '0' }), oc2({ CHILD: '2', SUBSTANCE_MISUSE: '1', INTERVENTION_RECEIVED: '1' })] }), []);
  });
  it('flags intervention items without a problem', () => {
    assert.deepEqual(cellsOf(check(rule, { oc2: [oc2({ SUBSTANCE_MISUSE: '0', INTERVENTION_RECEIVED: '0', INTERVENTION_OFFERED: '1' })] })), [
      'OC2.INTERVENTION_RECEIVED=0', 'OC2.INTERVENTION_OFFERED=1',
    ]);
  });
});
