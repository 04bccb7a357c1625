import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule as rule186 } from './rule-186.ts';
import { bornAged, neither, reason, sdq } from './sdq.test-support.ts';

describe('rule 186', () => {
  it('a score (or a reason) for 4 to 16-year-olds of the cohort, from the 4th birthday on 1 April', () => {
    assert.deepEqual(sdq(rule186, bornAged(4), true, reason), []);
    assert.deepEqual(sdq(rule186, bornAged(3, 'during-year'), true, neither), []);
    assert.deepEqual(sdq(rule186, bornAged(10), false, neither), []);
    assert.deepEqual(sdq(rule186, bornAged(4), true, neither), ['OC2.SDQ_SCORE=null']);
  });
});
