import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8794.ts';
import { check, child, fieldsOf } from './test-helpers.ts';

describe('rule 8794', () => {
  it('passes distinct codes', () => {
    assert.deepEqual(check(rule, child({ characteristics: { Disabilities: ['MOB', 'HAND'] } })), []);
  });
  it('flags a code given twice, once', () => {
    assert.deepEqual(fieldsOf(check(rule, child({ characteristics: { Disabilities: ['MOB', 'HAND', 'MOB'] } }))), ['Disabilities.Disability=MOB']);
  });
});
