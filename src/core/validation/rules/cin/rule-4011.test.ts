import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-4011.ts';
import { check, child, episode, plan } from './test-helpers.ts';

describe('rule 4011', () => {
  it('passes an end after the start', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ CINPlanDates: [plan({ CINPlanEndDate: '2023-08-02' })] })] })), []);
  });
  it('flags an end before it', () => {
    assert.equal(check(rule, child({ episodes: [episode({ CINPlanDates: [plan({ CINPlanEndDate: '2023-07-31' })] })] })).length, 1);
  });
});
