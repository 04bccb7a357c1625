import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-191.ts';
import { cellsOf, check, oc2 } from './test-helpers.ts';
import { inCohort, newThisYear } from './sdq.test-support.ts';

describe('rule 191', () => {
  it('passes a complete row for the cohort, and no row outside it', () => {
    assert.deepEqual(check(rule, { episodes: [inCohort], oc2: [oc2()] }), []);
    assert.deepEqual(check(rule, { episodes: [newThisYear] }), []);
  });
  it('flags a blank item, and a cohort child with no OC2 row', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [inCohort], oc2: [oc2({ TEETH_CHECK: null })] })), ['OC2.TEETH_CHECK=null']);
    assert.deepEqual(cellsOf(check(rule, { episodes: [inCohort] })), ['Episodes.CHILD=1']);
  });
});
