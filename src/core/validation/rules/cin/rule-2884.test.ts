import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-2884.ts';
import { check, child, episode, s47 } from './test-helpers.ts';

describe('rule 2884', () => {
  it('passes a conference recorded at one level', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ Section47: [s47()] }), episode({ DateOfInitialCPC: '2023-07-03', Section47: [s47({ S47ActualStartDate: '2023-09-01', DateOfInitialCPC: null, ICPCnotRequired: true })] })] })), []);
  });
  it('flags one recorded at both', () => {
    assert.equal(check(rule, child({ episodes: [episode({ DateOfInitialCPC: '2023-06-22', Section47: [s47()] })] })).length, 1);
  });
});
