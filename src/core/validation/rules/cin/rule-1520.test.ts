import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-1520.ts';
import { check, child } from './test-helpers.ts';

describe('rule 1520', () => {
  it('passes distinct UPNs and absent ones', () => {
    assert.deepEqual(check(rule, [child({ ids: { UPN: 'P000000000001' } }), child({ ids: { LAchildID: 'C2', UPN: 'N000000000010' } }), child({ ids: { LAchildID: 'C3', UPN: null } }), child({ ids: { LAchildID: 'C4', UPN: null } })]), []);
  });
  it('flags each child holding a shared UPN and points at the other', () => {
    const findings = check(rule, [child({ ids: { UPN: 'P000000000001' } }), child({ ids: { LAchildID: 'C2', UPN: 'P000000000001' } })]);
    assert.deepEqual(findings.map((f) => [f.child, f.related.map((r) => r.child)]), [['C1', ['C2']], ['C2', ['C1']]]);
  });
});
