import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-2889.ts';
import { check, child, episode, s47 } from './test-helpers.ts';

describe('rule 2889', () => {
  it('passes an enquiry starting on the referral day', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ Section47: [s47({ S47ActualStartDate: '2023-06-01' })] })] })), []);
  });
  it('flags one starting before', () => {
    assert.equal(check(rule, child({ episodes: [episode({ Section47: [s47({ S47ActualStartDate: '2023-05-31' })] })] })).length, 1);
  });
});
