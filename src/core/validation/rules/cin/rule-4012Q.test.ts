import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-4012Q.ts';
import { check, child, episode, plan } from './test-helpers.ts';

describe('rule 4012Q', () => {
  it('passes a plan of two days', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ CINPlanDates: [plan({ CINPlanEndDate: '2023-08-02' })] })] })), []);
  });
  it('flags a plan of one day', () => {
    assert.equal(check(rule, child({ episodes: [episode({ CINPlanDates: [plan({ CINPlanEndDate: '2023-08-01' })] })] })).length, 1);
  });
});
