import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-2883.ts';
import { check, child, cpp, episode, s47 } from './test-helpers.ts';

describe('rule 2883', () => {
  it('passes one plan per conference', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ Section47: [s47()], ChildProtectionPlans: [cpp()] })] })), []);
  });
  it('flags two plans after one conference', () => {
    const [f] = check(rule, child({ episodes: [episode({ Section47: [s47()], ChildProtectionPlans: [cpp({ CPPendDate: '2023-08-01' }), cpp({ CPPstartDate: '2023-09-01' })] })] }));
    assert.deepEqual([f?.value, f?.related.length], ['2023-09-01', 1]);
  });
  it('passes a plan carried over from last year, whose conference is not returned', () => {
    const carried = episode({ CINreferralDate: '2022-10-01', ChildProtectionPlans: [cpp({ CPPstartDate: '2022-11-01' })] });
    assert.deepEqual(check(rule, child({ episodes: [carried] })), []);
  });
  it('does not count a conference outside the year against a plan starting in it', () => {
    const [f] = check(rule, child({ episodes: [episode({ Section47: [s47({ DateOfInitialCPC: '2023-03-20' })], ChildProtectionPlans: [cpp()] })] }));
    assert.deepEqual([f?.value, f?.related.length], ['2023-06-22', 0]);
  });
});
