import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8816.ts';
import { check, child, episode, fieldsOf } from './test-helpers.ts';

describe('rule 8816', () => {
  it('passes an open episode that is the latest', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ CINreferralDate: '2023-04-05', CINclosureDate: '2023-05-01', ReasonForClosure: 'RC8' }), episode()] })), []);
  });
  it('flags an open episode with a later one after it', () => {
    assert.deepEqual(fieldsOf(check(rule, child({ episodes: [episode(), episode({ CINreferralDate: '2023-09-01', CINclosureDate: '2023-09-02', ReasonForClosure: 'RC8' })] }))), ['CINdetails.CINreferralDate=2023-06-01']);
  });
});
