import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-165.ts';
import { cellsOf, check, episode, header, oc3 } from './test-helpers.ts';

const girl = { SEX: '2', DOB: '2007-05-10' };

describe('rule 165', () => {
  it("passes a looked-after girl's 0 or 1, a boy with none, and a girl who left before the year with none", () => {
    assert.deepEqual(check(rule, { header: [header({ ...girl, MOTHER: '0' })], episodes: [episode()] }), []);
    assert.deepEqual(check(rule, { header: [header({ SEX: '1', MOTHER: null })], episodes: [episode()] }), []);
    const left = episode({ DECOM: '2022-05-01', DEC: '2023-03-31', REC: 'E4A' });
    assert.deepEqual(check(rule, { header: [header({ ...girl, MOTHER: null })], episodes: [left] }), []);
  });
  it('flags a wrong code, a boy recorded as a mother, and a blank for a girl looked after on 1 April', () => {
    assert.deepEqual(cellsOf(check(rule, { header: [header({ ...girl, MOTHER: '2' })], episodes: [episode()] })), ['Header.MOTHER=2']);
    assert.deepEqual(cellsOf(check(rule, { header: [header({ SEX: '1', MOTHER: '1' })], episodes: [episode()] })), ['Header.MOTHER=1']);
    const onFirst = episode({ DECOM: '2022-05-01', DEC: '2023-04-01', REC: 'E4A' });
    assert.deepEqual(cellsOf(check(rule, { header: [header({ ...girl, MOTHER: null })], episodes: [onFirst] })), ['Header.MOTHER=null']);
  });
  it('passes a blank for a girl looked after in the year only under short breaks (V3/V4), as rule 399 asks', () => {
    assert.deepEqual(check(rule, { header: [header({ ...girl, MOTHER: null })], episodes: [episode({ LS: 'V3' })] }), []);
    assert.equal(check(rule, { header: [header({ ...girl, MOTHER: null })], episodes: [episode({ LS: 'V3', DEC: '2023-07-01', REC: 'X1' }), episode({ DECOM: '2023-07-01', RNE: 'L' })] }).length, 1);
  });
  it('passes a blank for a care leaver girl not looked after in the year, and flags a MOTHER given for her, as rule 628 says', () => {
    assert.deepEqual(check(rule, { header: [header({ SEX: 'F', MOTHER: null })], oc3: [oc3()] }, { year: '2024/25' }), []);
    assert.deepEqual(cellsOf(check(rule, { header: [header({ SEX: 'F', MOTHER: '0' })], oc3: [oc3()] }, { year: '2024/25' })), ['Header.MOTHER=0']);
    assert.deepEqual(check(rule, { header: [header({ SEX: 'F', MOTHER: '0' })], oc3: [oc3({ IN_TOUCH: null, ACTIV: null, ACCOM: null })] }, { year: '2024/25' }), []);
  });
});
