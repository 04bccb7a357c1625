import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareRuleCodes, describeFinding } from './results.ts';

describe('validation results', () => {
  it('orders DfE codes by number, a query beside its error', () => {
    assert.deepEqual(['8525Q', '1103', '100', '8520', '8530Q'].sort(compareRuleCodes), ['100', '1103', '8520', '8525Q', '8530Q']);
  });

  it('describes a finding in one line: where, the value, the rule', () => {
    const finding = { rule: '8606', severity: 'error', message: 'Child referral date is more than 40 weeks before DOB or expected DOB', child: 'C1', table: 'CINdetails', field: 'CINreferralDate', value: '2020-01-01', line: 30, related: [] } as const;
    assert.equal(describeFinding(finding), "child C1, line 30, CINdetails/CINreferralDate ('2020-01-01'): 8606 Child referral date is more than 40 weeks before DOB or expected DOB");
    assert.equal(describeFinding({ ...finding, child: undefined, line: undefined, value: null }), 'CINdetails/CINreferralDate (missing): 8606 Child referral date is more than 40 weeks before DOB or expected DOB');
  });
});
