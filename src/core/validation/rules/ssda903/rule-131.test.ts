import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-131.ts';
import { cellsOf, check, oc3 } from './test-helpers.ts';

describe('rule 131', () => {
  it('passes a valid IN_TOUCH', () => {
    assert.deepEqual(check(rule, { oc3: [oc3({ IN_TOUCH: 'REFU' })] }), []);
  });
  it('flags a code not in the list', () => {
    assert.deepEqual(cellsOf(check(rule, { oc3: [oc3({ IN_TOUCH: 'MAYBE' })] })), ['OC3.IN_TOUCH=MAYBE']);
  });
  it('passes a blank IN_TOUCH, which is optional here', () => {
    assert.deepEqual(check(rule, { oc3: [oc3({ IN_TOUCH: null })] }), []);
  });
});
