import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8600.ts';
import { check, child, episode } from './test-helpers.ts';

describe('rule 8600', () => {
  it('passes a referral on the reference date, and years before', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ CINreferralDate: '2024-03-31' }), episode({ CINreferralDate: '2019-01-01' })] })), []);
  });
  it('flags a missing referral date and one after the year', () => {
    assert.equal(check(rule, child({ episodes: [episode({ CINreferralDate: null }), episode({ CINreferralDate: '2024-04-01' })] })).length, 2);
  });
});
