import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8736.ts';
import { assessment, check, child, episode } from './test-helpers.ts';

describe('rule 8736', () => {
  it('passes an open assessment started this year, and a completed one started last year', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ CINreferralDate: '2023-03-01', Assessments: [assessment({ AssessmentAuthorisationDate: null }), assessment({ AssessmentActualStartDate: '2023-03-02', AssessmentAuthorisationDate: '2023-04-03' })] })] })), []);
  });
  it('flags an open assessment started last year', () => {
    assert.equal(check(rule, child({ episodes: [episode({ CINreferralDate: '2023-03-01', Assessments: [assessment({ AssessmentActualStartDate: '2023-03-31', AssessmentAuthorisationDate: null })] })] })).length, 1);
  });
});
