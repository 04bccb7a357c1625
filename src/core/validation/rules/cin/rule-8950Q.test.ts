import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8950Q.ts';
import { assessment, check, child, episode, fieldsOf } from './test-helpers.ts';

describe('rule 8950Q', () => {
  it('passes the finer codes', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ Assessments: [assessment({ AssessmentFactors: ['19B', '19C'] })] })] }), { year: '2024/25' }), []);
  });
  it('flags 19A', () => {
    assert.deepEqual(fieldsOf(check(rule, child({ episodes: [episode({ Assessments: [assessment({ AssessmentFactors: ['1A', '19A'] })] })] }), { year: '2024/25' })), ['Assessments.AssessmentFactors=19A']);
  });
});
