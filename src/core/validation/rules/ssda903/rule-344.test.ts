import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-344.ts';
import { cellsOf, check, header, oc3 } from './test-helpers.ts';

describe('rule 344', () => {
  it('passes blank or 0 activity and accommodation for a young person who died', () => {
    assert.deepEqual(check(rule, { header: [header()], oc3: [oc3({ IN_TOUCH: 'DIED', ACTIV: null, ACCOM: '0' })] }), []);
  });
  it('passes activity for a young person in touch', () => {
    assert.deepEqual(check(rule, { header: [header()], oc3: [oc3({ IN_TOUCH: 'YES' })] }), []);
  });
  it('flags each completed item for a young person returned home', () => {
    assert.deepEqual(cellsOf(check(rule, { header: [header()], oc3: [oc3({ IN_TOUCH: 'RHOM', ACTIV: 'F2', ACCOM: 'B1' })] })), ['OC3.ACTIV=F2', 'OC3.ACCOM=B1']);
  });
});
