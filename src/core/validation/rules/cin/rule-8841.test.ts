import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8841.ts';
import { check, child, cpp, episode, review } from './test-helpers.ts';

describe('rule 8841', () => {
  it('passes a review the day after the start', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ ChildProtectionPlans: [cpp({ Reviews: [review('2023-06-23')] })] })] })), []);
  });
  it('flags a review on the start day', () => {
    assert.equal(check(rule, child({ episodes: [episode({ ChildProtectionPlans: [cpp({ Reviews: [review('2023-06-22'), review('2023-09-01')] })] })] })).length, 1);
  });
});
