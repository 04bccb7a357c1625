import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-4017.ts';
import { check, child, cpp, episode, plan } from './test-helpers.ts';

describe('rule 4017', () => {
  it('passes a CIN plan ending the day an open child protection plan starts', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ CINPlanDates: [plan({ CINPlanStartDate: '2023-06-05', CINPlanEndDate: '2023-06-22' })], ChildProtectionPlans: [cpp()] })] })), []);
  });
  it('flags a CIN plan ending after it started', () => {
    assert.equal(check(rule, child({ episodes: [episode({ CINPlanDates: [plan({ CINPlanStartDate: '2023-06-05', CINPlanEndDate: '2023-06-23' })], ChildProtectionPlans: [cpp()] })] })).length, 1);
  });
});
