import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8614.ts';
import { assessment, check, child, episode, fieldsOf } from './test-helpers.ts';

describe('rule 8614', () => {
  it('passes factors on a completed assessment, and none on an open one', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ Assessments: [assessment(), assessment({ AssessmentAuthorisationDate: null, AssessmentFactors: null })] })] })), []);
  });
  it('flags factors on an open assessment', () => {
    assert.deepEqual(fieldsOf(check(rule, child({ episodes: [episode({ Assessments: [assessment({ AssessmentAuthorisationDate: null, AssessmentFactors: ['1A', '2B'] })] })] }))), ['Assessments.AssessmentFactors=1A 2B']);
  });
});
