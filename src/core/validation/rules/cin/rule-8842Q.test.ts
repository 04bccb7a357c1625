import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8842Q.ts';
import { check, child, cpp, episode, review } from './test-helpers.ts';

describe('rule 8842Q', () => {
  it('passes dated reviews', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ ChildProtectionPlans: [cpp({ Reviews: [review('2023-09-01')] })] })] })), []);
  });
  it('flags a review without a date', () => {
    assert.equal(check(rule, child({ episodes: [episode({ ChildProtectionPlans: [cpp({ Reviews: [review('2023-09-01'), review(null, 90)] })] })] }))[0]?.line, 90);
  });
});
