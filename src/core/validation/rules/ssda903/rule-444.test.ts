import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-444.ts';
import { check, header } from './test-helpers.ts';

const year = '2025/26' as const;

describe('rule 444', () => {
  it('passes distinct UPNs and shared unknown-reason codes', () => {
    assert.deepEqual(check(rule, { header: [header(), header({ CHILD: '2', UPN: 'A123456789013' }), header({ CHILD: '3', UPN: 'UN1' }), header({ CHILD: '4', UPN: 'UN1' })] }, { year }), []);
  });
  it('flags each holder of a shared UPN (case aside), naming the other', () => {
    const findings = check(rule, { header: [header(), header({ CHILD: '2' }), header({ CHILD: '3', UPN: 'a123456789012' })] }, { year });
    assert.deepEqual(findings.map((f) => f.child), ['1', '2', '3']);
    assert.deepEqual(findings[0]!.related.map((c) => c.child), ['2', '3']);
  });
});
