import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8630.ts';
import { check, child, episode, fieldsOf } from './test-helpers.ts';

describe('rule 8630', () => {
  it('passes a closure on the referral day', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ CINclosureDate: '2023-06-01' })] })), []);
  });
  it('flags a closure the day before', () => {
    assert.deepEqual(fieldsOf(check(rule, child({ episodes: [episode({ CINclosureDate: '2023-05-31' })] }))), ['CINdetails.CINclosureDate=2023-05-31']);
  });
});
