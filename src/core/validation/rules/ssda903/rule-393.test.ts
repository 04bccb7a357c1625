import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rules } from './rule-393.ts';
import { cellsOf, check, episode, header, variantFor } from './test-helpers.ts';

describe('rule 393', () => {
  const rule = variantFor(rules, '2023/24');
  it('passes a 12-year-old girl with MOTHER, and one who turns 12 on 1 April without', () => {
    assert.deepEqual(check(rule, { header: [header({ SEX: '2', DOB: '2012-03-31', MOTHER: '0' })], episodes: [episode()] }), []);
    assert.deepEqual(check(rule, { header: [header({ SEX: '2', DOB: '2012-04-01' })], episodes: [episode()] }), []);
  });
  it('flags a girl who turns 12 on 31 March without MOTHER', () => {
    assert.deepEqual(cellsOf(check(rule, { header: [header({ SEX: '2', DOB: '2012-03-31' })], episodes: [episode()] })), ['Header.MOTHER=null']);
  });
  it('passes boys and girls on short breaks only', () => {
    assert.deepEqual(check(rule, { header: [header({ SEX: '1', DOB: '2000-01-01' })], episodes: [episode()] }), []);
    assert.deepEqual(check(rule, { header: [header({ SEX: '2', DOB: '2000-01-01' })], episodes: [episode({ LS: 'V4' })] }), []);
  });
  it('reads SEX F from 2024/25', () => {
    const late = variantFor(rules, '2024/25');
    const rows = { header: [header({ SEX: 'F', DOB: '2010-01-01' })], episodes: [episode({ DECOM: '2024-06-01' })] };
    assert.equal(check(late, rows, { year: '2024/25' }).length, 1);
  });
});
