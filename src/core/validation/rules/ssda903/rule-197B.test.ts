import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule as rule197B } from './rule-197B.ts';
import { bornAged, neither, reason, sdq } from './sdq.test-support.ts';

describe('rule 197B', () => {
  it('a score or reason for those turning 4 or 17 in the year', () => {
    assert.deepEqual(sdq(rule197B, bornAged(3, 'during-year'), true, reason), []);
    assert.deepEqual(sdq(rule197B, bornAged(10), true, neither), []);
    assert.deepEqual(sdq(rule197B, bornAged(3, 'during-year'), true, neither), ['OC2.SDQ_REASON=null']);
    assert.deepEqual(sdq(rule197B, bornAged(16, 'during-year'), true, neither), ['OC2.SDQ_REASON=null']);
  });
});
