import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8535Q.ts';
import { check, child, fieldsOf } from './test-helpers.ts';

describe('rule 8535Q', () => {
  it('passes death on the day of birth', () => {
    assert.deepEqual(check(rule, child({ ids: { PersonBirthDate: '2023-05-01', PersonDeathDate: '2023-05-01' } })), []);
  });
  it('flags death before birth', () => {
    assert.deepEqual(fieldsOf(check(rule, child({ ids: { PersonBirthDate: '2023-05-01', PersonDeathDate: '2023-04-30' } }))), ['ChildIdentifiers.PersonDeathDate=2023-04-30']);
  });
});
