import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rules } from './rule-607.ts';
import { cellsOf, check, episode, header, variantFor } from './test-helpers.ts';

const rule = variantFor(rules, '2023/24');
const leftOn = (DEC: string, LS = 'C2') => [episode({ DECOM: '2022-06-01', LS, DEC, REC: 'E13' })];

describe('rule 607', () => {
  it('passes MOTHER given, a boy, care left on 31 March last year, and the end of a short break', () => {
    assert.deepEqual(check(rule, { header: [header({ SEX: '2', MOTHER: '0' })], episodes: leftOn('2023-04-01') }), []);
    assert.deepEqual(check(rule, { header: [header({ SEX: '1' })], episodes: leftOn('2023-04-01') }), []);
    assert.deepEqual(check(rule, { header: [header({ SEX: '2' })], episodes: leftOn('2023-03-31') }), []);
    assert.deepEqual(check(rule, { header: [header({ SEX: '2' })], episodes: leftOn('2023-05-01', 'V3') }), []);
  });
  it('flags MOTHER blank for a girl who left care on 1 April (SEX 2)', () => {
    assert.deepEqual(cellsOf(check(rule, { header: [header({ SEX: '2' })], episodes: leftOn('2023-04-01') })), ['Header.MOTHER=null']);
  });
  it('reads female as F from 2024/25', () => {
    const later = variantFor(rules, '2024/25');
    const episodes = [episode({ DECOM: '2024-06-01', DEC: '2025-03-31', REC: 'E13' })];
    assert.equal(check(later, { header: [header({ SEX: 'F' })], episodes }, { year: '2024/25' }).length, 1);
    assert.equal(check(later, { header: [header({ SEX: '2' })], episodes }, { year: '2024/25' }).length, 0);
  });
});
