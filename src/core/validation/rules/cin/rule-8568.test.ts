import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8568.ts';
import { check, child, episode } from './test-helpers.ts';

describe('rule 8568', () => {
  it('passes 0 and 1', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ ReferralNFA: false }), episode({ ReferralNFA: true })] })), []);
  });
  it('flags a missing or unreadable flag, with the text the file gave', () => {
    const findings = check(rule, child({ episodes: [episode({ ReferralNFA: null }), episode({ ReferralNFA: null, raw: { ReferralNFA: 'Y' }, lines: { ReferralNFA: 40 } })] }));
    assert.deepEqual(findings.map((f) => [f.value, f.line]), [[null, undefined], ['Y', 40]]);
  });
});
