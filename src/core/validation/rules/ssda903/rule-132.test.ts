import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-132.ts';
import { cellsOf, check, oc3 } from './test-helpers.ts';

describe('rule 132', () => {
  it('passes a valid ACTIV', () => {
    assert.deepEqual(check(rule, { oc3: [oc3({ ACTIV: 'F2' })] }), []);
  });
  it('flags a code not in the list', () => {
    assert.deepEqual(cellsOf(check(rule, { oc3: [oc3({ ACTIV: 'F3' })] })), ['OC3.ACTIV=F3']);
  });
  it('passes a blank ACTIV, which is optional here', () => {
    assert.deepEqual(check(rule, { oc3: [oc3({ ACTIV: null })] }), []);
  });
});
