import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-620.ts';
import { cellsOf, check, header } from './test-helpers.ts';

describe('rule 620', () => {
  it('passes a mother 11 on 1 April', () => {
    assert.deepEqual(check(rule, { header: [header({ SEX: '2', DOB: '2012-04-01', MOTHER: '1', MC_DOB: '2023-06-01' })] }), []);
  });
  it('flags a mother who turns 11 on 2 April', () => {
    assert.deepEqual(cellsOf(check(rule, { header: [header({ SEX: '2', DOB: '2012-04-02', MOTHER: '1', MC_DOB: '2023-06-01' })] })), ['Header.MOTHER=1']);
  });
});
