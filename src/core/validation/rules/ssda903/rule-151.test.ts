import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-151.ts';
import { ad1, cellsOf, check } from './test-helpers.ts';

const blank = { DATE_INT: null, DATE_MATCH: null, FOSTER_CARE: null, NB_ADOPTR: null, SEX_ADOPTR: null, LS_ADOPTR: null };

describe('rule 151', () => {
  it('passes all given or all blank', () => {
    assert.deepEqual(check(rule, { ad1: [ad1(), ad1({ CHILD: '2', ...blank })] }), []);
  });
  it('flags the blank items of a row partly given', () => {
    assert.deepEqual(cellsOf(check(rule, { ad1: [ad1({ SEX_ADOPTR: null, LS_ADOPTR: null })] })), ['AD1.SEX_ADOPTR=null', 'AD1.LS_ADOPTR=null']);
    assert.deepEqual(cellsOf(check(rule, { ad1: [ad1({ ...blank, DATE_INT: null, raw: { DATE_INT: 'soon' } })] })).length, 5);
  });
});
