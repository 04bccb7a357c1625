import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule as rule185 } from './rule-185.ts';
import { bornAged, score, sdq } from './sdq.test-support.ts';

describe('rule 185', () => {
  it('a score only for the cohort', () => {
    assert.deepEqual(sdq(rule185, bornAged(10), true, score), []);
    assert.deepEqual(sdq(rule185, bornAged(10), false, score), ['OC2.SDQ_SCORE=12']);
  });
});
