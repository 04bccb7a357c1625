import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-INT05.ts';
import { cellsOf, check, header, oc2 } from './test-helpers.ts';

describe('rule INT05', () => {
  it('passes a child in OC2 who is in Header', () => {
    assert.deepEqual(check(rule, { header: [header()], oc2: [oc2()] }), []);
  });
  it('flags a child in OC2 but not in Header, once whatever its rows', () => {
    assert.deepEqual(cellsOf(check(rule, { oc2: [oc2(), oc2()] })), ['OC2.CHILD=1']);
  });
});
