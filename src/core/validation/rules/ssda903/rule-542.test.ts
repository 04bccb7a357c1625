import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-542.ts';
import { cellsOf, check, header, oc2 } from './test-helpers.ts';

describe('rule 542', () => {
  it('passes conviction information for a child 10 on 31 March, and none for a younger one', () => {
    assert.deepEqual(check(rule, { header: [header({ DOB: '2014-03-31' })], oc2: [oc2({ DOB: '2014-03-31', CONVICTED: '0' })] }), []);
    assert.deepEqual(check(rule, { header: [header({ DOB: '2014-04-01' })], oc2: [oc2({ DOB: '2014-04-01', CONVICTED: null })] }), []);
  });
  it('flags it for a child who turns 10 on 1 April', () => {
    assert.deepEqual(cellsOf(check(rule, { header: [header({ DOB: '2014-04-01' })], oc2: [oc2({ DOB: '2014-04-01', CONVICTED: '0' })] })), ['OC2.CONVICTED=0']);
  });
});
