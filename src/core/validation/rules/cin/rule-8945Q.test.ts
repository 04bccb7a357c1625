import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8945Q.ts';
import { assessment, check, child, episode, fieldsOf } from './test-helpers.ts';

describe('rule 8945Q', () => {
  it('passes the finer codes', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ Assessments: [assessment({ AssessmentFactors: ['18B', '18C'] })] })] }), { year: '2024/25' }), []);
  });
  it('flags 18A', () => {
    assert.deepEqual(fieldsOf(check(rule, child({ episodes: [episode({ Assessments: [assessment({ AssessmentFactors: ['1A', '18A'] })] })] }), { year: '2024/25' })), ['Assessments.AssessmentFactors=18A']);
  });
});
