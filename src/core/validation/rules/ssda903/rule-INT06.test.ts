import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-INT06.ts';
import { cellsOf, check, header, oc3 } from './test-helpers.ts';

describe('rule INT06', () => {
  it('passes a child in OC3 who is in Header', () => {
    assert.deepEqual(check(rule, { header: [header()], oc3: [oc3()] }), []);
  });
  it('flags a child in OC3 but not in Header, once whatever its rows', () => {
    assert.deepEqual(cellsOf(check(rule, { oc3: [oc3(), oc3()] })), ['OC3.CHILD=1']);
  });
});
