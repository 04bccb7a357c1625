import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-134.ts';
import { ad1, cellsOf, check, oc3 } from './test-helpers.ts';

describe('rule 134', () => {
  it('passes a care leaver without adoption items, and an adoption without OC3 items', () => {
    assert.deepEqual(check(rule, { oc3: [oc3()] }), []);
    assert.deepEqual(check(rule, { ad1: [ad1()], oc3: [oc3({ IN_TOUCH: null, ACTIV: null, ACCOM: null })] }), []);
  });
  it('flags adoption items for a care leaver', () => {
    assert.deepEqual(cellsOf(check(rule, { ad1: [ad1()], oc3: [oc3()] })), ['AD1.DATE_INT=2023-05-01']);
  });
});
