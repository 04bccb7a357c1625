import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-4003.ts';
import { check, child, cpp, episode, plan, review } from './test-helpers.ts';

describe('rule 4003', () => {
  it('passes a review after the CIN plan ended', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ CINPlanDates: [plan({ CINPlanStartDate: '2023-06-05', CINPlanEndDate: '2023-06-22' })], ChildProtectionPlans: [cpp({ Reviews: [review('2023-09-01')] })] })] })), []);
  });
  it('flags a review while a CIN plan is open', () => {
    const [f] = check(rule, child({ episodes: [episode({ CINPlanDates: [plan()], ChildProtectionPlans: [cpp({ Reviews: [review('2023-09-01', 77)] })] })] }));
    assert.deepEqual([f?.table, f?.line], ['Reviews', 77]);
  });
});
