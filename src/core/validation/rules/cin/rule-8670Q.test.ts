import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8670Q.ts';
import { assessment, check, child, episode } from './test-helpers.ts';

describe('rule 8670Q', () => {
  const open = (start: string) => child({ episodes: [episode({ CINreferralDate: '2024-01-02', Assessments: [assessment({ AssessmentActualStartDate: start, AssessmentAuthorisationDate: null })] })] });
  // 25 January to 31 March 2024 is exactly 45 working days: it spans the leap day 29 February and Good Friday 29 March.
  it('passes an open assessment 45 working days old', () => {
    assert.deepEqual(check(rule, open('2024-01-25')), []);
  });
  it('flags one 46 working days old, and a far older one', () => {
    assert.equal(check(rule, open('2024-01-24')).length, 1);
    assert.equal(check(rule, open('1970-06-03')).length, 1);
  });
  it('counts to the reference date given for a check part-way through the year', () => {
    assert.deepEqual(check(rule, open('2023-11-01'), { referenceDate: '2024-01-08' }), []);
    assert.equal(check(rule, open('2023-11-01'), { referenceDate: '2024-01-09' }).length, 1);
  });
});
