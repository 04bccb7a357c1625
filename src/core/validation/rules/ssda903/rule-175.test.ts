import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-175.ts';
import { ad1, cellsOf, check } from './test-helpers.ts';

describe('rule 175', () => {
  it('passes 1, 2 and blank', () => {
    assert.deepEqual(check(rule, { ad1: [ad1({ NB_ADOPTR: 1 }), ad1({ CHILD: '2', NB_ADOPTR: null })] }), []);
  });
  it('flags 3 and an unreadable number', () => {
    assert.deepEqual(cellsOf(check(rule, { ad1: [ad1({ NB_ADOPTR: 3 }), ad1({ CHILD: '2', NB_ADOPTR: null, raw: { NB_ADOPTR: 'two' } })] })), [
      'AD1.NB_ADOPTR=3', 'AD1.NB_ADOPTR=two',
    ]);
  });
});
