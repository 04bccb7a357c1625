import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-INT33.ts';
import { cellsOf, check, oc2 } from './test-helpers.ts';

describe('rule INT33', () => {
  it('passes one row per child', () => {
    assert.deepEqual(check(rule, { oc2: [oc2(), oc2({ CHILD: '2' })] }), []);
  });
  it('flags each row after the first', () => {
    assert.deepEqual(cellsOf(check(rule, { oc2: [oc2(), oc2(), oc2()] })), ['OC2.CHILD=1', 'OC2.CHILD=1']);
  });
});
