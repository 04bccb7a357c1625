import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-4008.ts';
import { check, child, episode, plan } from './test-helpers.ts';

describe('rule 4008', () => {
  it('passes a plan that starts on the day of death', () => {
    assert.deepEqual(check(rule, child({ ids: { PersonDeathDate: '2023-09-01' }, episodes: [episode({ CINPlanDates: [plan({ CINPlanStartDate: '2023-09-01' })] })] })), []);
  });
  it('flags a plan that starts after it', () => {
    assert.equal(check(rule, child({ ids: { PersonDeathDate: '2023-07-01' }, episodes: [episode({ CINPlanDates: [plan({ CINPlanStartDate: '2023-07-02' })] })] })).length, 1);
  });
});
