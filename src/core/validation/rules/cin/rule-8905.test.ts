import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8905.ts';
import { check, child, cpp, episode } from './test-helpers.ts';

describe('rule 8905', () => {
  it('passes MUL', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ ChildProtectionPlans: [cpp({ InitialCategoryOfAbuse: 'MUL' })] })] })), []);
  });
  it('flags a missing or unknown category', () => {
    assert.equal(check(rule, child({ episodes: [episode({ ChildProtectionPlans: [cpp({ InitialCategoryOfAbuse: null }), cpp({ InitialCategoryOfAbuse: 'ABC' })] })] })).length, 2);
  });
});
