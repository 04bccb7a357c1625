import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8608.ts';
import { assessment, check, child, episode } from './test-helpers.ts';

describe('rule 8608', () => {
  it('passes completion on the start day', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ Assessments: [assessment({ AssessmentAuthorisationDate: '2023-06-02' })] })] })), []);
  });
  it('flags completion before the start', () => {
    assert.equal(check(rule, child({ episodes: [episode({ Assessments: [assessment({ AssessmentAuthorisationDate: '2023-06-01' })] })] })).length, 1);
  });
});
