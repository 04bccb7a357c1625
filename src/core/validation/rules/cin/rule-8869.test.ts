import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8869.ts';
import { assessment, check, child, episode } from './test-helpers.ts';

describe('rule 8869', () => {
  it('passes 21 alone', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ Assessments: [assessment({ AssessmentFactors: ['21'] })] })] })), []);
  });
  it('flags 21 with another factor', () => {
    assert.equal(check(rule, child({ episodes: [episode({ Assessments: [assessment({ AssessmentFactors: ['21', '3A'] })] })] }))[0]?.related[0]?.value, '3A');
  });
});
