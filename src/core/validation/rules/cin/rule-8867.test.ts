import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8867.ts';
import { assessment, check, child, episode } from './test-helpers.ts';

describe('rule 8867', () => {
  it('passes a closed episode whose assessments are complete, and an open one with an open assessment', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ CINclosureDate: '2023-09-01', ReasonForClosure: 'RC8', Assessments: [assessment()] }), episode({ Assessments: [assessment({ AssessmentAuthorisationDate: null })] })] })), []);
  });
  it('flags an open assessment in a closed episode', () => {
    assert.equal(check(rule, child({ episodes: [episode({ CINclosureDate: '2023-09-01', Assessments: [assessment({ AssessmentAuthorisationDate: null })] })] })).length, 1);
  });
});
