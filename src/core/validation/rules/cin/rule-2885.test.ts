import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-2885.ts';
import { check, child, cpp, episode, s47 } from './test-helpers.ts';

describe('rule 2885', () => {
  it('passes a plan starting on the conference day, and one from an earlier year', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ CINreferralDate: '2022-06-01', Section47: [s47()], ChildProtectionPlans: [cpp(), cpp({ CPPstartDate: '2022-07-01', CPPendDate: '2023-05-01' })] })] })), []);
  });
  it('flags a plan starting on another day', () => {
    assert.equal(check(rule, child({ episodes: [episode({ Section47: [s47()], ChildProtectionPlans: [cpp({ CPPstartDate: '2023-06-23' })] })] })).length, 1);
  });
});
