import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-INT32.ts';
import { cellsOf, check, header } from './test-helpers.ts';

describe('rule INT32', () => {
  it('passes one row per child', () => {
    assert.deepEqual(check(rule, { header: [header(), header({ CHILD: '2' })] }), []);
  });
  it('flags each row after the first', () => {
    assert.deepEqual(cellsOf(check(rule, { header: [header(), header(), header()] })), ['Header.CHILD=1', 'Header.CHILD=1']);
  });
});
