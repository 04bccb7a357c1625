import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-192.ts';
import { cellsOf, check, oc2 } from './test-helpers.ts';

describe('rule 192', () => {
  it('passes received answered, and no problem with it blank', () => {
    assert.deepEqual(check(rule, { oc2: [oc2({ SUBSTANCE_MISUSE: '1', INTERVENTION_RECEIVED: '1' }), oc2({ CHILD: '2' })] }), []);
  });
  it('flags received blank for a child with a problem', () => {
    assert.deepEqual(cellsOf(check(rule, { oc2: [oc2({ SUBSTANCE_MISUSE: '1', INTERVENTION_RECEIVED: null })] })), ['OC2.INTERVENTION_RECEIVED=null']);
  });
});
