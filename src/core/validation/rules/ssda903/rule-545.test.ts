import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-545.ts';
import { cellsOf, check, episode, header, oc2 } from './test-helpers.ts';

const inCare = [episode({ DECOM: '2023-04-01' })];

describe('rule 545', () => {
  it('passes health promotion given for a child under 5, and none for a child 5 on 31 March', () => {
    assert.deepEqual(check(rule, { header: [header({ DOB: '2020-02-29' })], episodes: inCare, oc2: [oc2({ HEALTH_CHECK: '1' })] }), []);
    assert.deepEqual(check(rule, { header: [header({ DOB: '2019-03-31' })], episodes: inCare, oc2: [oc2({ HEALTH_CHECK: null })] }), []);
  });
  it('flags it missing for a child born on a leap day, 4 on 31 March', () => {
    assert.deepEqual(cellsOf(check(rule, { header: [header({ DOB: '2020-02-29' })], episodes: inCare, oc2: [oc2({ HEALTH_CHECK: null })] })), ['OC2.HEALTH_CHECK=null']);
  });
  it('leaves out children not looked after all year and short-break children', () => {
    assert.deepEqual(check(rule, { header: [header({ DOB: '2020-02-29' })], episodes: [episode({ DECOM: '2023-04-01', LS: 'V3' })], oc2: [oc2({ HEALTH_CHECK: null })] }), []);
    assert.deepEqual(check(rule, { header: [header({ DOB: '2020-02-29' })], episodes: [episode({ DECOM: '2023-04-01', DEC: '2024-03-31', REC: 'E13' })], oc2: [oc2({ HEALTH_CHECK: null })] }), []);
  });
});
