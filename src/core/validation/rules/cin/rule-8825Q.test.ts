import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8825Q.ts';
import { assessment, check, child, episode } from './test-helpers.ts';

describe('rule 8825Q', () => {
  it('passes RC8 with an assessment', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ ReasonForClosure: 'RC8', CINclosureDate: '2023-08-01', Assessments: [assessment()] })] })), []);
  });
  it('flags RC9 without one', () => {
    assert.equal(check(rule, child({ episodes: [episode({ ReasonForClosure: 'RC9', CINclosureDate: '2023-08-01' })] })).length, 1);
  });
});
