import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8696.ts';
import { assessment, check, child, episode } from './test-helpers.ts';

describe('rule 8696', () => {
  it('passes completion on 1 April and 31 March', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ Assessments: [assessment({ AssessmentAuthorisationDate: '2023-04-01' }), assessment({ AssessmentAuthorisationDate: '2024-03-31' })] })] })), []);
  });
  it('flags completion after the year', () => {
    assert.equal(check(rule, child({ episodes: [episode({ Assessments: [assessment({ AssessmentAuthorisationDate: '2024-04-01' })] })] })).length, 1);
  });
});
