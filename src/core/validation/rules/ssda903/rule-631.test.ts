import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-631.ts';
import { cellsOf, check, permanence } from './test-helpers.ts';

describe('rule 631', () => {
  it('passes the DfE codes and a blank', () => {
    assert.deepEqual(check(rule, { previous_permanence: [permanence({ PREV_PERM: 'P1' }), permanence({ PREV_PERM: 'Z1' }), permanence({ PREV_PERM: null })] }), []);
  });
  it('flags another code', () => {
    assert.deepEqual(cellsOf(check(rule, { previous_permanence: [permanence({ PREV_PERM: 'P5' })] })), ['PrevPerm.PREV_PERM=P5']);
  });
});
