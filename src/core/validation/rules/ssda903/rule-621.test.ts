import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-621.ts';
import { cellsOf, check, header } from './test-helpers.ts';

describe('rule 621', () => {
  it('passes a first child born after the mother', () => {
    assert.deepEqual(check(rule, { header: [header({ SEX: '2', DOB: '2008-02-29', MOTHER: '1', MC_DOB: '2023-06-01' })] }), []);
  });
  it('flags one born the day before the mother', () => {
    assert.deepEqual(cellsOf(check(rule, { header: [header({ SEX: '2', DOB: '2008-02-29', MOTHER: '1', MC_DOB: '2008-02-28' })] })), ['Header.MC_DOB=2008-02-28']);
  });
});
