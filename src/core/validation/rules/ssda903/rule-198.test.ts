import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule as rule198 } from './rule-198.ts';
import { bornAged, reason, sdq } from './sdq.test-support.ts';

describe('rule 198', () => {
  it('a reason only for the cohort', () => {
    assert.deepEqual(sdq(rule198, bornAged(10), true, reason), []);
    assert.deepEqual(sdq(rule198, bornAged(10), false, reason), ['OC2.SDQ_REASON=SDQ2']);
  });
});
