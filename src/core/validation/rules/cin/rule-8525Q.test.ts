import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8525Q.ts';
import { check, child } from './test-helpers.ts';

describe('rule 8525Q', () => {
  it('passes either date alone', () => {
    assert.deepEqual(check(rule, child()), []);
    assert.deepEqual(check(rule, child({ ids: { PersonBirthDate: null, ExpectedPersonBirthDate: '2024-05-01' } })), []);
  });
  it('flags both or neither', () => {
    assert.equal(check(rule, child({ ids: { ExpectedPersonBirthDate: '2024-05-01' } })).length, 1);
    const [f] = check(rule, child({ ids: { PersonBirthDate: null } }));
    assert.equal(f?.related[0]?.field, 'ExpectedPersonBirthDate');
  });
});
