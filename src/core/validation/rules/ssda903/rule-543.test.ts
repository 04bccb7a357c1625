import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-543.ts';
import { cellsOf, check, episode, header, oc2 } from './test-helpers.ts';

// Looked after from 31 March 2023 through the year: continuously for 12 months at 31 March 2024.
const inCare = [episode({ DECOM: '2023-03-31' })];

describe('rule 543', () => {
  it('passes conviction information given, and a child just under 10', () => {
    assert.deepEqual(check(rule, { header: [header({ DOB: '2014-03-31' })], episodes: inCare, oc2: [oc2({ CONVICTED: '0' })] }), []);
    assert.deepEqual(check(rule, { header: [header({ DOB: '2014-04-01' })], episodes: inCare, oc2: [oc2({ CONVICTED: null })] }), []);
  });
  it('passes a child who started to be looked after on 2 April', () => {
    assert.deepEqual(check(rule, { header: [header({ DOB: '2010-01-01' })], episodes: [episode({ DECOM: '2023-04-02' })], oc2: [oc2({ CONVICTED: null })] }), []);
  });
  it('flags it missing for a child 10 on 31 March, and a missing OC2 row', () => {
    assert.deepEqual(cellsOf(check(rule, { header: [header({ DOB: '2014-03-31' })], episodes: inCare, oc2: [oc2({ CONVICTED: ' ' })] })), ['OC2.CONVICTED= ']);
    assert.deepEqual(cellsOf(check(rule, { header: [header({ DOB: '2010-01-01' })], episodes: inCare })), ['OC2.CONVICTED=null']);
  });
});
