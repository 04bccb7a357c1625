import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-2990.ts';
import { assessment, check, child, cpp, episode, plan, s47 } from './test-helpers.ts';

describe('rule 2990', () => {
  it('passes RC8 with only assessments', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ ReasonForClosure: 'RC8', CINclosureDate: '2023-07-01', Assessments: [assessment()] })] })), []);
  });
  it('flags a plan, an enquiry and a child protection plan under RC9', () => {
    const findings = check(rule, child({ episodes: [episode({ ReasonForClosure: 'RC9', CINclosureDate: '2024-01-01', CINPlanDates: [plan()], Section47: [s47()], ChildProtectionPlans: [cpp()] })] }));
    assert.deepEqual(findings.map((f) => f.table), ['CINPlanDates', 'Section47', 'ChildProtectionPlans']);
  });
});
