import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-1012.ts';
import { cellsOf, check, episode, header, missing, oc2, oc3, relatedOf, review, run, uasc } from './test-helpers.ts';

describe('rule 1012', () => {
  it('passes a care leaver with only Header, OC3 and UASC rows, and a looked after child with OC3 and reviews', () => {
    assert.deepEqual(check(rule, { header: [header()], oc3: [oc3()], uasc: [uasc()] }), []);
    assert.deepEqual(check(rule, { header: [header()], oc3: [oc3()], episodes: [episode()], reviews: [review()] }), []);
  });
  it('flags each other row of a care leaver with no episodes this year', () => {
    const [f, ...rest] = check(rule, { header: [header()], oc3: [oc3()], reviews: [review()], missing: [missing()], oc2: [oc2()] });
    assert.deepEqual(cellsOf([f!, ...rest]), ['Reviews.CHILD=1', 'Missing.CHILD=1', 'OC2.CHILD=1']);
    assert.deepEqual(relatedOf(f), ['OC3.CHILD=1']);
  });
  it('is skipped when the return has no OC3 table', () => {
    assert.equal(run(rule, { reviews: [review()] }, { absent: ['oc3'] }).outcome.status, 'skipped');
  });
});
