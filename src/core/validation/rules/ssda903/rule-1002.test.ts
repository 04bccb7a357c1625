import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-1002.ts';
import { cellsOf, check, episode, oc3, run } from './test-helpers.ts';

describe('rule 1002', () => {
  it("passes a care leaver with episodes last year or this year", () => {
    assert.deepEqual(check(rule, { oc3: [oc3()] }, { previous: { episodes: [episode({ DECOM: '2022-05-01', DEC: '2022-09-01', REC: 'E4A' })] } }), []);
    assert.deepEqual(check(rule, { oc3: [oc3()], episodes: [episode({ DEC: '2023-09-01', REC: 'E4A' })] }, { previous: {} }), []);
  });
  it('flags care leaver information of a young person 16 within the returns given (1 April 2022 on) with no episodes in either year', () => {
    assert.deepEqual(cellsOf(check(rule, { oc3: [oc3({ DOB: '2006-05-10' })] }, { previous: {} })), ['OC3.IN_TOUCH=YES']);
    assert.equal(check(rule, { oc3: [oc3({ DOB: '2006-03-31' })] }, { previous: {} }).length, 1);
  });
  it('does not flag a young person 16 before the returns given, who may have left care before them, as the DfE warns', () => {
    assert.deepEqual(check(rule, { oc3: [oc3({ DOB: '2006-03-30' })] }, { previous: {} }), []);
    assert.deepEqual(check(rule, { oc3: [oc3({ DOB: '2004-05-10' })] }, { previous: {} }), []);
  });
  it('passes an OC3 row whose care leaver items are all blank, and is skipped without last year', () => {
    assert.deepEqual(check(rule, { oc3: [oc3({ IN_TOUCH: ' ', ACTIV: null, ACCOM: null })] }, { previous: {} }), []);
    assert.equal(run(rule, { oc3: [oc3()] }).outcome.status, 'skipped');
  });
});
