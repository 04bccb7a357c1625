import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-4014.ts';
import { check, child, episode, fieldsOf, plan } from './test-helpers.ts';

describe('rule 4014', () => {
  it('passes a plan starting the day the last ended', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ CINPlanDates: [plan({ CINPlanEndDate: '2023-09-01' }), plan({ CINPlanStartDate: '2023-09-01' })] })] })), []);
  });
  it('flags a plan starting before the last ended', () => {
    assert.deepEqual(fieldsOf(check(rule, child({ episodes: [episode({ CINPlanDates: [plan({ CINPlanStartDate: '2023-08-31' }), plan({ CINPlanEndDate: '2023-09-01' })] })] }))), ['CINPlanDates.CINPlanStartDate=2023-08-31']);
  });
});
