import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8840.ts';
import { check, child, cpp, episode } from './test-helpers.ts';

describe('rule 8840', () => {
  it('passes a plan of two days', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ ChildProtectionPlans: [cpp({ CPPendDate: '2023-06-23' })] })] })), []);
  });
  it('flags a plan of one day', () => {
    assert.equal(check(rule, child({ episodes: [episode({ ChildProtectionPlans: [cpp({ CPPendDate: '2023-06-22' })] })] })).length, 1);
  });
});
