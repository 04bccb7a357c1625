import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8555Q.ts';
import { check, child } from './test-helpers.ts';

describe('rule 8555Q', () => {
  it('passes a referral on the day of death', () => {
    assert.deepEqual(check(rule, child({ ids: { PersonDeathDate: '2023-06-01' } })), []);
  });
  it('flags a referral after it', () => {
    assert.equal(check(rule, child({ ids: { PersonDeathDate: '2023-05-31' } }))[0]?.related[0]?.value, '2023-05-31');
  });
});
