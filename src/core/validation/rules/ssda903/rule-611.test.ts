import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-611.ts';
import { cellsOf, check, header } from './test-helpers.ts';

describe('rule 611', () => {
  it('passes a mother with her child\'s date of birth, and a child not a mother', () => {
    assert.deepEqual(check(rule, { header: [header({ SEX: '2', MOTHER: '1', MC_DOB: '2023-06-01' }), header({ CHILD: '2', SEX: '2', MOTHER: '0' })] }), []);
  });
  it('flags a mother without it', () => {
    assert.deepEqual(cellsOf(check(rule, { header: [header({ SEX: '2', MOTHER: '1' })] })), ['Header.MC_DOB=null']);
  });
});
