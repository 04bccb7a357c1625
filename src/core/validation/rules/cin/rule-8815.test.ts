import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8815.ts';
import { check, child, episode } from './test-helpers.ts';

describe('rule 8815', () => {
  it('passes one open episode beside an open no-further-action referral', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode(), episode({ ReferralNFA: true })] })), []);
  });
  it('flags each of two open episodes', () => {
    assert.equal(check(rule, child({ episodes: [episode(), episode({ CINreferralDate: '2023-09-01' })] })).length, 2);
  });
});
