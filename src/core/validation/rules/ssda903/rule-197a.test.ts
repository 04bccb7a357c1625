import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule as rule197a } from './rule-197a.ts';
import { bornAged, score, sdq } from './sdq.test-support.ts';

describe('rule 197a', () => {
  it('not both a score and a reason', () => {
    assert.deepEqual(sdq(rule197a, bornAged(10), true, score), []);
    assert.deepEqual(sdq(rule197a, bornAged(10), true, { SDQ_SCORE: 5, SDQ_REASON: 'SDQ4' }), ['OC2.SDQ_REASON=SDQ4']);
  });
});
