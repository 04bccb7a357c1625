import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8831.ts';
import { assessment, check, child, episode, s47 } from './test-helpers.ts';

describe('rule 8831', () => {
  it('passes a bare referral with no further action', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ ReferralNFA: true })] })), []);
  });
  it('flags each activity cell', () => {
    const findings = check(rule, child({ episodes: [episode({ ReferralNFA: true, Assessments: [assessment()], Section47: [s47()] })] }));
    assert.deepEqual(findings.map((f) => f.field), ['AssessmentActualStartDate', 'AssessmentAuthorisationDate', 'S47ActualStartDate', 'DateOfInitialCPC']);
  });
});
