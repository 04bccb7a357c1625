import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-INT34.ts';
import { cellsOf, check, oc3 } from './test-helpers.ts';

describe('rule INT34', () => {
  it('passes one row per child', () => {
    assert.deepEqual(check(rule, { oc3: [oc3(), oc3({ CHILD: '2' })] }), []);
  });
  it('flags each row after the first', () => {
    assert.deepEqual(cellsOf(check(rule, { oc3: [oc3(), oc3(), oc3()] })), ['OC3.CHILD=1', 'OC3.CHILD=1']);
  });
});
