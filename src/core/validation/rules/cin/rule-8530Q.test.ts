import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8530Q.ts';
import { check, child } from './test-helpers.ts';

describe('rule 8530Q', () => {
  it('passes 1 March and 31 December of the census end year', () => {
    assert.deepEqual(check(rule, [child({ ids: { ExpectedPersonBirthDate: '2024-03-01' } }), child({ ids: { ExpectedPersonBirthDate: '2024-12-31' } })]), []);
  });
  it('flags February and the next January', () => {
    assert.equal(check(rule, [child({ ids: { ExpectedPersonBirthDate: '2024-02-29' } }), child({ ids: { ExpectedPersonBirthDate: '2025-01-01' } })]).length, 2);
  });
});
