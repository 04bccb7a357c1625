import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8772.ts';
import { check, child, episode } from './test-helpers.ts';

describe('rule 8772', () => {
  it('passes UN7 when every referral led to no further action', () => {
    assert.deepEqual(check(rule, child({ ids: { UPNunknown: 'UN7' }, episodes: [episode({ ReferralNFA: true })] })), []);
  });
  it('flags UN7 with a referral that went on', () => {
    const [f] = check(rule, child({ ids: { UPNunknown: 'UN7' }, episodes: [episode({ ReferralNFA: true }), episode({ ReferralNFA: false })] }));
    assert.deepEqual(f?.related.map((r) => r.value), ['0']);
  });
});
