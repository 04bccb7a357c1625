import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-4004.ts';
import { check, child, episode, plan } from './test-helpers.ts';

describe('rule 4004', () => {
  it('passes one open plan', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ CINPlanDates: [plan({ CINPlanEndDate: '2023-08-02' }), plan()] })] })), []);
  });
  it('flags each of two open plans', () => {
    assert.equal(check(rule, child({ episodes: [episode({ CINPlanDates: [plan(), plan({ CINPlanStartDate: '2023-09-01' })] })] })).length, 2);
  });
});
