import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-547.ts';
import { cellsOf, check, oc2 } from './test-helpers.ts';

describe('rule 547', () => {
  it('passes HEALTH_CHECK with the four health fields, and no HEALTH_CHECK without them', () => {
    assert.deepEqual(check(rule, { oc2: [oc2({ HEALTH_CHECK: '1' })] }), []);
    assert.deepEqual(check(rule, { oc2: [oc2({ HEALTH_CHECK: null, IMMUNISATIONS: null, TEETH_CHECK: null })] }), []);
  });
  it('flags each health field missing when HEALTH_CHECK is given', () => {
    const findings = check(rule, { oc2: [oc2({ HEALTH_CHECK: '0', TEETH_CHECK: null, SUBSTANCE_MISUSE: '' })] });
    assert.deepEqual(cellsOf(findings), ['OC2.TEETH_CHECK=null', 'OC2.SUBSTANCE_MISUSE=']);
  });
});
