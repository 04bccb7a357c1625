import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8740.ts';
import { check, child, episode, s47 } from './test-helpers.ts';

describe('rule 8740', () => {
  it('passes an open enquiry started this year, and one from last year that had its conference', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ CINreferralDate: '2023-03-01', Section47: [s47({ DateOfInitialCPC: null }), s47({ S47ActualStartDate: '2023-03-20', DateOfInitialCPC: '2023-04-05' })] })] })), []);
  });
  it('flags an open enquiry from last year', () => {
    assert.equal(check(rule, child({ episodes: [episode({ CINreferralDate: '2023-03-01', Section47: [s47({ S47ActualStartDate: '2023-03-20', DateOfInitialCPC: null })] })] })).length, 1);
  });
});
