import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8565.ts';
import { assessment, check, child, cpp, episode, plan, s47 } from './test-helpers.ts';

describe('rule 8565', () => {
  it('passes activity up to the closure day', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ CINclosureDate: '2023-09-01', Assessments: [assessment()], Section47: [s47()], ChildProtectionPlans: [cpp({ CPPendDate: '2023-09-01' })], CINPlanDates: [plan({ CINPlanEndDate: '2023-09-01' })] })] })), []);
  });
  it('flags each date after it', () => {
    const findings = check(rule, child({ episodes: [episode({ CINclosureDate: '2023-06-21', Assessments: [assessment()], Section47: [s47()], ChildProtectionPlans: [cpp({ CPPendDate: '2023-09-01' })] })] }));
    assert.deepEqual(findings.map((f) => f.field), ['DateOfInitialCPC', 'AssessmentAuthorisationDate', 'CPPendDate']);
  });
});
