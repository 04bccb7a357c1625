import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-1105.ts';
import { check, child, cpp, episode } from './test-helpers.ts';

describe('rule 1105', () => {
  it('passes a plan starting on the referral day', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ ChildProtectionPlans: [cpp({ CPPstartDate: '2023-06-01' })] })] })), []);
  });
  it('flags one starting before', () => {
    assert.equal(check(rule, child({ episodes: [episode({ ChildProtectionPlans: [cpp({ CPPstartDate: '2023-05-31' })] })] })).length, 1);
  });
});
