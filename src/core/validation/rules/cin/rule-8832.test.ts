import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8832.ts';
import { check, child, cpp, episode } from './test-helpers.ts';

describe('rule 8832', () => {
  it('passes a plan on a referral that went on', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ ChildProtectionPlans: [cpp()] })] })), []);
  });
  it('flags a plan on a referral with no further action', () => {
    assert.equal(check(rule, child({ episodes: [episode({ ReferralNFA: true, ChildProtectionPlans: [cpp()] })] })).length, 1);
  });
});
