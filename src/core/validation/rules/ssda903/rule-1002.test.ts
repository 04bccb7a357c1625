import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-1002.ts';
import { cellsOf, check, episode, oc3, run } from './test-helpers.ts';

describe('rule 1002', () => {
  it("passes a care leaver with episodes last year or this year", () => {
    assert.deepEqual(check(rule, { oc3: [oc3()] }, { previous: { episodes: [episode({ DECOM: '2022-05-01', DEC: '2022-09-01', REC: 'E4A' })] } }), []);
    assert.deepEqual(check(rule, { oc3: [oc3()], episodes: [episode({ DEC: '2023-09-01', REC: 'E4A' })] }, { previous: {} }), []);
  });
  it('flags care leaver information of a child with no episodes in either year', () => {
    assert.deepEqual(cellsOf(check(rule, { oc3: [oc3()] }, { previous: {} })), ['OC3.IN_TOUCH=YES']);
  });
  it('passes an OC3 row whose care leaver items are all blank, and is skipped without last year', () => {
    assert.deepEqual(check(rule, { oc3: [oc3({ IN_TOUCH: ' ', ACTIV: null, ACCOM: null })] }, { previous: {} }), []);
    assert.equal(run(rule, { oc3: [oc3()] }).outcome.status, 'skipped');
  });
});
