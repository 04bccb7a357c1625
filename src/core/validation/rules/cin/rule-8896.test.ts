import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8896.ts';
import { assessment, check, child, episode } from './test-helpers.ts';

describe('rule 8896', () => {
  it('passes one open assessment', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ Assessments: [assessment(), assessment({ AssessmentAuthorisationDate: null })] })] })), []);
  });
  it('flags each of two open assessments', () => {
    assert.equal(check(rule, child({ episodes: [episode({ Assessments: [assessment({ AssessmentAuthorisationDate: null }), assessment({ AssessmentAuthorisationDate: null })] })] })).length, 2);
  });
});
