import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-INT09.ts';
import { cellsOf, check, header, uasc } from './test-helpers.ts';

describe('rule INT09', () => {
  it('passes a child in UASC who is in Header', () => {
    assert.deepEqual(check(rule, { header: [header()], uasc: [uasc()] }), []);
  });
  it('flags a child in UASC but not in Header, once whatever its rows', () => {
    assert.deepEqual(cellsOf(check(rule, { uasc: [uasc(), uasc()] })), ['UASC.CHILD=1']);
  });
});
