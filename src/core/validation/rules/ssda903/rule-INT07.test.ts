import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-INT07.ts';
import { cellsOf, check, header, permanence } from './test-helpers.ts';

describe('rule INT07', () => {
  it('passes a child in PrevPerm who is in Header', () => {
    assert.deepEqual(check(rule, { header: [header()], previous_permanence: [permanence()] }), []);
  });
  it('flags a child in PrevPerm but not in Header, once whatever its rows', () => {
    assert.deepEqual(cellsOf(check(rule, { previous_permanence: [permanence(), permanence()] })), ['PrevPerm.CHILD=1']);
  });
});
