import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8610.ts';
import { check, child, episode } from './test-helpers.ts';

describe('rule 8610', () => {
  it('passes a need code, and none for a referral with no further action', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode(), episode({ ReferralNFA: true, PrimaryNeedCode: null })] })), []);
  });
  it('flags no need code when the referral went on', () => {
    assert.equal(check(rule, child({ episodes: [episode({ PrimaryNeedCode: null })] })).length, 1);
  });
});
