import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { upnCheckLetter } from './upn.ts';
import { rule } from './rule-1510.ts';
import { check, child, fieldsOf } from './test-helpers.ts';

describe('rule 1510', () => {
  it('works the check letter out as the DfE does', () => {
    assert.equal(upnCheckLetter('X000000000001'), 'P'); // 1 × 13 = 13 → P (A to Z less I, O, S)
    assert.equal(upnCheckLetter('X00000000000B'), 'P'); // a temporary UPN: B counts as 1
    assert.equal(upnCheckLetter('X20100000001S'), null); // S is never a UPN letter
  });
  it('passes a UPN with the right check letter, and no UPN', () => {
    assert.deepEqual(check(rule, [child({ ids: { UPN: 'P000000000001' } }), child({ ids: { LAchildID: 'C2', UPN: null } })]), []);
  });
  it('flags a wrong check letter', () => {
    const findings = check(rule, child({ ids: { UPN: 'A000000000001' } }));
    assert.deepEqual(fieldsOf(findings), ['ChildIdentifiers.UPN=A000000000001']);
  });
});
