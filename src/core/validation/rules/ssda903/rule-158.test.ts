import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-158.ts';
import { cellsOf, check, oc2 } from './test-helpers.ts';

describe('rule 158', () => {
  it('passes a received intervention with offered left blank', () => {
    assert.deepEqual(check(rule, { oc2: [oc2({ SUBSTANCE_MISUSE: '1', INTERVENTION_RECEIVED: '1', INTERVENTION_OFFERED: null })] }), []);
  });
  it('flags offered given after received', () => {
    assert.deepEqual(cellsOf(check(rule, { oc2: [oc2({ SUBSTANCE_MISUSE: '1', INTERVENTION_RECEIVED: '1', INTERVENTION_OFFERED: '0' })] })), [
      'OC2.INTERVENTION_OFFERED=0',
    ]);
  });
});
