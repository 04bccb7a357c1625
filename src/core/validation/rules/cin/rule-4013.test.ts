import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-4013.ts';
import { check, child, episode, plan } from './test-helpers.ts';

describe('rule 4013', () => {
  it('passes an end on 31 March', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ CINPlanDates: [plan({ CINPlanEndDate: '2024-03-31' })] })] })), []);
  });
  it('flags an end after the year', () => {
    assert.equal(check(rule, child({ episodes: [episode({ CINPlanDates: [plan({ CINPlanEndDate: '2024-04-01' })] })] })).length, 1);
  });
});
