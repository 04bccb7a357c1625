import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ruleGender, ruleSex } from './rule-4180.ts';
import { check, child, fieldsOf } from './test-helpers.ts';

describe('rule 4180', () => {
  it('passes a gender code, and a sex code from 2024/25', () => {
    assert.deepEqual(check(ruleGender, child({ ids: { GenderCurrent: '0' } })), []);
    assert.deepEqual(check(ruleSex, child({ ids: { Sex: 'U' } }), { year: '2024/25' }), []);
  });
  it('flags a missing gender, and a sex that is missing or not M, F or U', () => {
    assert.deepEqual(fieldsOf(check(ruleGender, child({ ids: { GenderCurrent: null } }))), ['ChildIdentifiers.GenderCurrent=null']);
    assert.equal(check(ruleSex, child({ ids: { Sex: null } }), { year: '2024/25' }).length, 1);
    assert.equal(check(ruleSex, child({ ids: { Sex: '1' } }), { year: '2024/25' }).length, 1);
  });
});
