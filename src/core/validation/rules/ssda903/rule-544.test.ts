import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-544.ts';
import { cellsOf, check, oc2 } from './test-helpers.ts';

describe('rule 544', () => {
  it('passes CONVICTED with the four health fields, and no CONVICTED without them', () => {
    assert.deepEqual(check(rule, { oc2: [oc2({ CONVICTED: '1' })] }), []);
    assert.deepEqual(check(rule, { oc2: [oc2({ CONVICTED: null, IMMUNISATIONS: null, TEETH_CHECK: null })] }), []);
  });
  it('flags each health field missing when CONVICTED is given', () => {
    const findings = check(rule, { oc2: [oc2({ CONVICTED: '0', TEETH_CHECK: null, SUBSTANCE_MISUSE: '' })] });
    assert.deepEqual(cellsOf(findings), ['OC2.TEETH_CHECK=null', 'OC2.SUBSTANCE_MISUSE=']);
  });
});
