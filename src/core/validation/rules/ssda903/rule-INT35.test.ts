import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-INT35.ts';
import { cellsOf, check, permanence } from './test-helpers.ts';

describe('rule INT35', () => {
  it('passes one row per child', () => {
    assert.deepEqual(check(rule, { previous_permanence: [permanence(), permanence({ CHILD: '2' })] }), []);
  });
  it('flags each row after the first', () => {
    assert.deepEqual(cellsOf(check(rule, { previous_permanence: [permanence(), permanence(), permanence()] })), ['PrevPerm.CHILD=1', 'PrevPerm.CHILD=1']);
  });
});
