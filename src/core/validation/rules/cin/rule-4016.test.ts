import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-4016.ts';
import { check, child, cpp, episode, plan } from './test-helpers.ts';

describe('rule 4016', () => {
  it('passes an open CIN plan starting the day a child protection plan ended', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ CINPlanDates: [plan({ CINPlanStartDate: '2023-12-01' })], ChildProtectionPlans: [cpp({ CPPendDate: '2023-12-01' })] })] })), []);
  });
  it('flags an open CIN plan beside a child protection plan still running', () => {
    assert.equal(check(rule, child({ episodes: [episode({ CINPlanDates: [plan({ CINPlanStartDate: '2023-08-01' })], ChildProtectionPlans: [cpp({ CPPendDate: '2023-12-01' })] })] })).length, 1);
    assert.equal(check(rule, child({ episodes: [episode({ CINPlanDates: [plan({ CINPlanStartDate: '2023-08-01' })], ChildProtectionPlans: [cpp()] })] })).length, 1);
  });
});
