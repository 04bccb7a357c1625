import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-1104.ts';
import { check, child, episode, s47 } from './test-helpers.ts';

describe('rule 1104', () => {
  it('passes a conference on the referral day', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ DateOfInitialCPC: '2023-06-01', Section47: [s47({ S47ActualStartDate: '2023-06-01', DateOfInitialCPC: '2023-06-01' })] })] })), []);
  });
  it('flags conferences before it at either level', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ DateOfInitialCPC: '2023-05-31', Section47: [s47({ DateOfInitialCPC: '2023-05-30' })] })] })).map((f) => f.table), ['CINdetails', 'Section47']);
  });
});
