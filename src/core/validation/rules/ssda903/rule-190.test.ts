import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-190.ts';
import { cellsOf, check, oc2 } from './test-helpers.ts';
import { inCohort, newThisYear } from './sdq.test-support.ts';

const only = { CONVICTED: null, HEALTH_CHECK: null, IMMUNISATIONS: null, TEETH_CHECK: null, HEALTH_ASSESSMENT: null, SUBSTANCE_MISUSE: '0' };

describe('rule 190', () => {
  it('passes OC2 items for the cohort, and a blank row outside it', () => {
    assert.deepEqual(check(rule, { episodes: [inCohort], oc2: [oc2()] }), []);
    assert.deepEqual(check(rule, { episodes: [newThisYear], oc2: [oc2({ ...only, SUBSTANCE_MISUSE: null })] }), []);
  });
  it('flags items for a child who started on 2 April', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [newThisYear], oc2: [oc2(only)] })), ['OC2.SUBSTANCE_MISUSE=0']);
  });
});
