import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8935.ts';
import { check, child, cpp, episode } from './test-helpers.ts';

describe('rule 8935', () => {
  it('passes one open plan', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ ChildProtectionPlans: [cpp({ CPPendDate: '2023-08-01' }), cpp({ CPPstartDate: '2023-09-01' })] })] })), []);
  });
  it('flags each of two open plans', () => {
    assert.equal(check(rule, child({ episodes: [episode({ ChildProtectionPlans: [cpp(), cpp({ CPPstartDate: '2023-09-01' })] })] })).length, 2);
  });
});
