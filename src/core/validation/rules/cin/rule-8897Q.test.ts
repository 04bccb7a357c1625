import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8897Q.ts';
import { assessment, check, child, episode } from './test-helpers.ts';

describe('rule 8897Q', () => {
  it('passes a completed assessment with factors, and an open one without', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ Assessments: [assessment(), assessment({ AssessmentAuthorisationDate: null, AssessmentFactors: null })] })] })), []);
  });
  it('flags a completed assessment with no factors or an empty group', () => {
    assert.equal(check(rule, child({ episodes: [episode({ Assessments: [assessment({ AssessmentFactors: null }), assessment({ AssessmentFactors: [] })] })] })).length, 2);
  });
});
