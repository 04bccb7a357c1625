import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule as rule189 } from './rule-189.ts';
import { bornAged, reason, score, sdq } from './sdq.test-support.ts';

describe('rule 189', () => {
  it('nothing for a child 17 or over on 1 April', () => {
    assert.deepEqual(sdq(rule189, bornAged(16, 'during-year'), true, score), []);
    assert.deepEqual(sdq(rule189, bornAged(17), true, reason), ['OC2.SDQ_REASON=SDQ2']);
  });
});
