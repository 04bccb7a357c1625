import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-4001.ts';
import { check, child, cpp, episode, plan } from './test-helpers.ts';

describe('rule 4001', () => {
  const withPlans = (cin: { CINPlanStartDate: string; CINPlanEndDate: string | null }, cp: { CPPstartDate: string; CPPendDate: string | null }) =>
    child({ episodes: [episode({ CINPlanDates: [plan(cin)], ChildProtectionPlans: [cpp(cp)] })] });
  it('passes a CIN plan ending the day the child protection plan starts', () => {
    assert.deepEqual(check(rule, withPlans({ CINPlanStartDate: '2023-06-05', CINPlanEndDate: '2023-07-01' }, { CPPstartDate: '2023-07-01', CPPendDate: '2023-12-01' })), []);
  });
  it('flags ended plans that overlap', () => {
    assert.equal(check(rule, withPlans({ CINPlanStartDate: '2023-06-05', CINPlanEndDate: '2023-07-02' }, { CPPstartDate: '2023-07-01', CPPendDate: '2023-12-01' })).length, 1);
  });
});
