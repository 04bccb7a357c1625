import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8510.ts';
import { check, child } from './test-helpers.ts';

describe('rule 8510', () => {
  it('passes distinct ids', () => {
    assert.deepEqual(check(rule, [child(), child({ ids: { LAchildID: 'C2' } })]), []);
  });
  it('flags every record of a repeated id', () => {
    const findings = check(rule, [child(), child({ ids: { LAchildID: 'C2' } }), child()]);
    assert.deepEqual(findings.map((f) => f.child), ['C1', 'C1']);
    assert.equal(findings[0]?.related.length, 1);
  });
});
