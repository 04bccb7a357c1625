import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8540.ts';
import { check, child, episode, fieldsOf } from './test-helpers.ts';

describe('rule 8540', () => {
  it('passes valid codes, and no codes for an unborn child or a referral with no further action', () => {
    assert.deepEqual(check(rule, [
      child({ characteristics: { Disabilities: ['NONE'] } }),
      child({ characteristics: { Disabilities: ['MOB', 'AUT'] } }),
      child({ ids: { PersonBirthDate: null, ExpectedPersonBirthDate: '2024-05-01' }, characteristics: { Disabilities: [] } }),
      child({ episodes: [episode({ ReferralNFA: true })], characteristics: { Disabilities: [] } }),
    ]), []);
  });
  it('flags an unknown code, and no code for a born child with further action', () => {
    assert.deepEqual(fieldsOf(check(rule, [child({ characteristics: { Disabilities: ['XYZ'] } }), child({ characteristics: { Disabilities: [] } })])), [
      'Disabilities.Disability=XYZ',
      'Disabilities.Disability=null',
    ]);
  });
});
