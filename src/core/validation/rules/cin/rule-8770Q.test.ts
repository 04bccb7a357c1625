import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ruleTo2024, rule } from './rule-8770Q.ts';
import { check, child } from './test-helpers.ts';

describe('rule 8770Q', () => {
  const schoolAge = '2018-08-31'; // five on 31 August 2023, in the 2023/24 census
  it('passes a UPN, a reason, or a child not yet of school age', () => {
    assert.deepEqual(check(rule, [
      child({ ids: { PersonBirthDate: schoolAge, UPN: 'P000000000001' } }),
      child({ ids: { PersonBirthDate: schoolAge, UPN: null, UPNunknown: 'UN2' } }),
      child({ ids: { PersonBirthDate: '2018-09-01', UPN: null } }),
    ]), []);
    assert.deepEqual(check(ruleTo2024, child({ ids: { PersonBirthDate: schoolAge, UPN: null, UPNunknown: 'UN1' } })), []);
  });
  it('flags a school-age child with neither, and UN1 from 2024/25', () => {
    assert.equal(check(ruleTo2024, child({ ids: { PersonBirthDate: schoolAge, UPN: null } })).length, 1);
    assert.equal(check(rule, child({ ids: { PersonBirthDate: '2019-08-31', UPN: null, UPNunknown: 'UN1' } }), { year: '2024/25' }).length, 1);
  });
});
