import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-159.ts';
import { cellsOf, check, oc2 } from './test-helpers.ts';

describe('rule 159', () => {
  it('passes an answer on offered when none was received', () => {
    assert.deepEqual(check(rule, { oc2: [oc2({ SUBSTANCE_MISUSE: '1', INTERVENTION_RECEIVED: '0', INTERVENTION_OFFERED: '1' })] }), []);
  });
  it('flags offered left blank', () => {
    assert.deepEqual(cellsOf(check(rule, { oc2: [oc2({ SUBSTANCE_MISUSE: '1', INTERVENTION_RECEIVED: '0', INTERVENTION_OFFERED: null })] })), [
      'OC2.INTERVENTION_OFFERED=null',
    ]);
  });
});
