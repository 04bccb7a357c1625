import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-157.ts';
import { check, header, oc2 } from './test-helpers.ts';
import { bornAged, inCohort } from './sdq.test-support.ts';

const sdq1 = { SDQ_SCORE: null, SDQ_REASON: 'SDQ1' };

describe('rule 157', () => {
  it('passes SDQ1 for a child 3 at the start, or 17 at the end', () => {
    for (const dob of [bornAged(3, 'during-year'), bornAged(16, 'during-year')]) {
      assert.deepEqual(check(rule, { header: [header({ DOB: dob })], episodes: [inCohort], oc2: [oc2({ ...sdq1, DOB: dob })] }), [], dob);
    }
  });
  it('flags SDQ1 for a child aged 4 on 1 April and 16 on 31 March', () => {
    const dob = bornAged(4);
    assert.equal(check(rule, { header: [header({ DOB: dob })], episodes: [inCohort], oc2: [oc2({ ...sdq1, DOB: dob })] }).length, 1);
  });
});
