import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-4000.ts';
import { check, child, episode, plan } from './test-helpers.ts';

describe('rule 4000', () => {
  it('passes a plan on a referral that went on', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ CINPlanDates: [plan()] })] })), []);
  });
  it('flags a plan on a referral with no further action', () => {
    assert.equal(check(rule, child({ episodes: [episode({ ReferralNFA: true, CINPlanDates: [plan()] })] })).length, 1);
  });
});
