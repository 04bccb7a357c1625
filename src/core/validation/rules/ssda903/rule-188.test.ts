import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule as rule188 } from './rule-188.ts';
import { bornAged, score, sdq } from './sdq.test-support.ts';

describe('rule 188', () => {
  it('nothing for a child under 4 on 31 March', () => {
    assert.deepEqual(sdq(rule188, bornAged(3, 'during-year'), true, score), []);
    assert.deepEqual(sdq(rule188, '2020-04-01', true, { SDQ_SCORE: 3, SDQ_REASON: 'SDQ1' }), ['OC2.SDQ_SCORE=3', 'OC2.SDQ_REASON=SDQ1']);
  });
});
