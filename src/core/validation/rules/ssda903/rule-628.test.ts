import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-628.ts';
import { cellsOf, check, episode, header, oc3 } from './test-helpers.ts';

describe('rule 628', () => {
  it('passes MOTHER for a care leaver looked after until 1 April, and none for one who was not', () => {
    assert.deepEqual(check(rule, { header: [header({ SEX: '2', MOTHER: '0' })], oc3: [oc3()], episodes: [episode({ DECOM: '2022-06-01', DEC: '2023-04-01', REC: 'E17' })] }), []);
    assert.deepEqual(check(rule, { header: [header({ SEX: '2', MOTHER: null })], oc3: [oc3()] }), []);
  });
  it('flags MOTHER for a care leaver not looked after this year', () => {
    assert.deepEqual(cellsOf(check(rule, { header: [header({ SEX: '2', MOTHER: '0' })], oc3: [oc3()], episodes: [episode({ DECOM: '2022-06-01', DEC: '2023-03-31', REC: 'E17' })] })), ['Header.MOTHER=0']);
  });
});
