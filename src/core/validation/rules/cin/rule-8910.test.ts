import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8910.ts';
import { check, child, cpp, episode } from './test-helpers.ts';

describe('rule 8910', () => {
  it('passes MUL', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ ChildProtectionPlans: [cpp({ LatestCategoryOfAbuse: 'MUL' })] })] })), []);
  });
  it('flags a missing or unknown category', () => {
    assert.equal(check(rule, child({ episodes: [episode({ ChildProtectionPlans: [cpp({ LatestCategoryOfAbuse: null }), cpp({ LatestCategoryOfAbuse: 'ABC' })] })] })).length, 2);
  });
});
