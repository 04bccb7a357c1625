import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-INT04.ts';
import { cellsOf, check, header, missing } from './test-helpers.ts';

describe('rule INT04', () => {
  it('passes a child in Missing who is in Header', () => {
    assert.deepEqual(check(rule, { header: [header()], missing: [missing()] }), []);
  });
  it('flags a child in Missing but not in Header, once whatever its rows', () => {
    assert.deepEqual(cellsOf(check(rule, { missing: [missing(), missing()] })), ['Missing.CHILD=1']);
  });
});
