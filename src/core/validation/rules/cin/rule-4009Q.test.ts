import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-4009Q.ts';
import { check, child, episode, plan } from './test-helpers.ts';

describe('rule 4009Q', () => {
  it('passes a plan that ends on the day of death', () => {
    assert.deepEqual(check(rule, child({ ids: { PersonDeathDate: '2023-09-01' }, episodes: [episode({ CINPlanDates: [plan({ CINPlanStartDate: '2023-08-01', CINPlanEndDate: '2023-09-01' })] })] })), []);
  });
  it('flags a plan that ends after it', () => {
    assert.equal(check(rule, child({ ids: { PersonDeathDate: '2023-07-01' }, episodes: [episode({ CINPlanDates: [plan({ CINPlanStartDate: '2023-06-02', CINPlanEndDate: '2023-07-02' })] })] })).length, 1);
  });
});
