import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-187.ts';
import { ad1, cellsOf, check, oc3 } from './test-helpers.ts';
import { inCohort, newThisYear } from './sdq.test-support.ts';

describe('rule 187', () => {
  it('passes adoption and care leaver items outside the cohort', () => {
    assert.deepEqual(check(rule, { episodes: [newThisYear], ad1: [ad1()], oc3: [oc3()] }), []);
  });
  it('flags them for a child of the cohort', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [inCohort], ad1: [ad1()], oc3: [oc3()] })), ['AD1.DATE_INT=2023-05-01', 'OC3.IN_TOUCH=YES']);
  });
});
