import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8520.ts';
import { check, child, fieldsOf } from './test-helpers.ts';

describe('rule 8520', () => {
  it('passes a birth on the reference date', () => {
    assert.deepEqual(check(rule, child({ ids: { PersonBirthDate: '2024-03-31' } })), []);
  });
  it('flags a birth after it', () => {
    assert.deepEqual(fieldsOf(check(rule, child({ ids: { PersonBirthDate: '2024-04-01' } }))), ['ChildIdentifiers.PersonBirthDate=2024-04-01']);
  });
});
