import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-INT01.ts';
import { ad1, cellsOf, check, header } from './test-helpers.ts';

describe('rule INT01', () => {
  it('passes a child in AD1 who is in Header', () => {
    assert.deepEqual(check(rule, { header: [header()], ad1: [ad1()] }), []);
  });
  it('flags a child in AD1 but not in Header, once whatever its rows', () => {
    assert.deepEqual(cellsOf(check(rule, { ad1: [ad1(), ad1()] })), ['AD1.CHILD=1']);
  });
});
