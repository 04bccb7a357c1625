import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8873Q.ts';
import { assessment, check, child, episode, fieldsOf } from './test-helpers.ts';

describe('rule 8873Q', () => {
  const closed = (reason: string, factors: string[], assessments = 1) => child({ episodes: [episode({ CINclosureDate: '2023-08-01', ReasonForClosure: reason, Assessments: Array.from({ length: assessments }, () => assessment({ AssessmentFactors: factors })) })] });
  it('passes RC8 after factor 21, other reasons after other factors, and two assessments', () => {
    assert.deepEqual(check(rule, [closed('RC8', ['21']), closed('RC7', ['1A']), closed('RC7', ['21'], 2)]), []);
  });
  it('flags another reason after factor 21', () => {
    assert.deepEqual(fieldsOf(check(rule, closed('RC7', ['21']))), ['CINdetails.ReasonForClosure=RC7']);
  });
});
