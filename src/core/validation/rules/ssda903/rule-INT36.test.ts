import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-INT36.ts';
import { cellsOf, check, uasc } from './test-helpers.ts';

describe('rule INT36', () => {
  it('passes one row per child', () => {
    assert.deepEqual(check(rule, { uasc: [uasc(), uasc({ CHILD: '2' })] }), []);
  });
  it('flags each row after the first', () => {
    assert.deepEqual(cellsOf(check(rule, { uasc: [uasc(), uasc(), uasc()] })), ['UASC.CHILD=1', 'UASC.CHILD=1']);
  });
});
