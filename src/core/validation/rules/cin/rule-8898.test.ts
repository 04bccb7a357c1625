import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8898.ts';
import { assessment, check, child, episode, fieldsOf } from './test-helpers.ts';

describe('rule 8898', () => {
  it('passes distinct factors', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ Assessments: [assessment({ AssessmentFactors: ['1A', '1B'] })] })] })), []);
  });
  it('flags a repeated factor', () => {
    assert.deepEqual(fieldsOf(check(rule, child({ episodes: [episode({ Assessments: [assessment({ AssessmentFactors: ['1A', '1B', '1A'] })] })] }))), ['Assessments.AssessmentFactors=1A']);
  });
});
