import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-1103.ts';
import { assessment, check, child, episode } from './test-helpers.ts';

describe('rule 1103', () => {
  it('passes an assessment starting on the referral day', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ Assessments: [assessment({ AssessmentActualStartDate: '2023-06-01' })] })] })), []);
  });
  it('flags one starting the day before, with the referral date as related cell', () => {
    const [f] = check(rule, child({ episodes: [episode({ lines: { CINreferralDate: 12 }, Assessments: [assessment({ AssessmentActualStartDate: '2023-05-31', lines: { AssessmentActualStartDate: 20 } })] })] }));
    assert.deepEqual([f?.field, f?.value, f?.line, f?.related], ['AssessmentActualStartDate', '2023-05-31', 20, [{ table: 'CINdetails', field: 'CINreferralDate', value: '2023-06-01', line: 12 }]]);
  });
});
