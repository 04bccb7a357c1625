import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8930.ts';
import { check, child, cpp, episode } from './test-helpers.ts';

describe('rule 8930', () => {
  it('passes an end on 31 March', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ ChildProtectionPlans: [cpp({ CPPendDate: '2024-03-31' })] })] })), []);
  });
  it('flags an end before the year', () => {
    assert.equal(check(rule, child({ episodes: [episode({ CINreferralDate: '2022-06-01', ChildProtectionPlans: [cpp({ CPPstartDate: '2022-06-22', CPPendDate: '2023-03-31' })] })] })).length, 1);
  });
});
