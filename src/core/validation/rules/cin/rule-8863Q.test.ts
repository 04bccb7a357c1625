import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8863Q.ts';
import { assessment, check, child, episode, fieldsOf } from './test-helpers.ts';

describe('rule 8863Q', () => {
  it('passes an assessment starting the day the last was completed', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ Assessments: [assessment(), assessment({ AssessmentActualStartDate: '2023-07-20', AssessmentAuthorisationDate: null })] })] })), []);
  });
  it('flags one starting while another is open, across episodes', () => {
    const findings = check(rule, child({ episodes: [episode({ Assessments: [assessment({ AssessmentAuthorisationDate: null })] }), episode({ CINreferralDate: '2023-07-01', Assessments: [assessment({ AssessmentActualStartDate: '2023-07-02' })] })] }));
    assert.deepEqual(fieldsOf(findings), ['Assessments.AssessmentActualStartDate=2023-07-02']);
  });
});
