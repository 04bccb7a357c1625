import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-4010.ts';
import { check, child, episode, plan } from './test-helpers.ts';

describe('rule 4010', () => {
  it('passes a start on the reference date', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ CINPlanDates: [plan({ CINPlanStartDate: '2024-03-31' })] })] })), []);
  });
  it('flags a missing start and one after the year', () => {
    assert.equal(check(rule, child({ episodes: [episode({ CINPlanDates: [plan({ CINPlanStartDate: null }), plan({ CINPlanStartDate: '2024-04-01' })] })] })).length, 2);
  });
});
