import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-4220.ts';
import { check, child, fieldsOf } from './test-helpers.ts';

describe('rule 4220', () => {
  it('passes a DfE code', () => {
    assert.deepEqual(check(rule, child({ characteristics: { Ethnicity: 'NOBT' } })), []);
  });
  it('flags a missing or unknown code', () => {
    assert.deepEqual(fieldsOf(check(rule, [child({ characteristics: { Ethnicity: null } }), child({ characteristics: { Ethnicity: 'XXXX' } })])), [
      'ChildCharacteristics.Ethnicity=null',
      'ChildCharacteristics.Ethnicity=XXXX',
    ]);
  });
});
