import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-INT31.ts';
import { ad1, cellsOf, check } from './test-helpers.ts';

describe('rule INT31', () => {
  it('passes one row per child', () => {
    assert.deepEqual(check(rule, { ad1: [ad1(), ad1({ CHILD: '2' })] }), []);
  });
  it('flags each row after the first', () => {
    assert.deepEqual(cellsOf(check(rule, { ad1: [ad1(), ad1(), ad1()] })), ['AD1.CHILD=1', 'AD1.CHILD=1']);
  });
});
