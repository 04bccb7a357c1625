import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-133.ts';
import { cellsOf, check, oc3 } from './test-helpers.ts';

describe('rule 133', () => {
  it('passes a valid ACCOM', () => {
    assert.deepEqual(check(rule, { oc3: [oc3({ ACCOM: 'B1' })] }), []);
  });
  it('flags a code not in the list', () => {
    assert.deepEqual(cellsOf(check(rule, { oc3: [oc3({ ACCOM: 'B3' })] })), ['OC3.ACCOM=B3']);
  });
  it('passes a blank ACCOM, which is optional here', () => {
    assert.deepEqual(check(rule, { oc3: [oc3({ ACCOM: null })] }), []);
  });
});
