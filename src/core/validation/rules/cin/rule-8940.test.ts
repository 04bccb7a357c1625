import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8940.ts';
import { check, child, cpp, episode, fieldsOf } from './test-helpers.ts';

describe('rule 8940', () => {
  it('passes a plan starting the day the last ended', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ ChildProtectionPlans: [cpp({ CPPendDate: '2023-09-01' }), cpp({ CPPstartDate: '2023-09-01' })] })] })), []);
  });
  it('flags plans that overlap, across episodes', () => {
    const findings = check(rule, child({ episodes: [episode({ ChildProtectionPlans: [cpp({ CPPendDate: '2023-09-01' })] }), episode({ CINreferralDate: '2023-08-01', ChildProtectionPlans: [cpp({ CPPstartDate: '2023-08-31' })] })] }));
    assert.deepEqual(fieldsOf(findings), ['ChildProtectionPlans.CPPstartDate=2023-08-31']);
  });
});
