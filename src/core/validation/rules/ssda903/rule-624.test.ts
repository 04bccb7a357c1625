import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-624.ts';
import { cellsOf, check, header } from './test-helpers.ts';

const lastYear = { header: [header({ SEX: '2', MOTHER: '1', MC_DOB: '2022-06-01' })] };

describe('rule 624', () => {
  it('passes the same date, and a date first given this year', () => {
    assert.deepEqual(check(rule, { header: [header({ SEX: '2', MOTHER: '1', MC_DOB: '2022-06-01' })] }, { previous: lastYear }), []);
    assert.deepEqual(check(rule, { header: [header({ SEX: '2', MOTHER: '1', MC_DOB: '2023-06-01' })] }, { previous: { header: [header({ SEX: '2', MOTHER: '0' })] } }), []);
  });
  it('flags a date a day later than last year\'s', () => {
    assert.deepEqual(cellsOf(check(rule, { header: [header({ SEX: '2', MOTHER: '1', MC_DOB: '2022-06-02' })] }, { previous: lastYear })), ['Header.MC_DOB=2022-06-02']);
  });
});
