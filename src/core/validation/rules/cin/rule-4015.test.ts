import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-4015.ts';
import { check, child, episode, plan } from './test-helpers.ts';

describe('rule 4015', () => {
  it('passes a plan starting on the referral day', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ CINPlanDates: [plan({ CINPlanStartDate: '2023-06-01' })] })] })), []);
  });
  it('flags one starting before', () => {
    assert.equal(check(rule, child({ episodes: [episode({ CINPlanDates: [plan({ CINPlanStartDate: '2023-05-31' })] })] })).length, 1);
  });
});
