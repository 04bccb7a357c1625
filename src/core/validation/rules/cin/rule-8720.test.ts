import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8720.ts';
import { check, child, cpp, episode } from './test-helpers.ts';

describe('rule 8720', () => {
  it('passes a start on the reference date', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ ChildProtectionPlans: [cpp({ CPPstartDate: '2024-03-31' })] })] })), []);
  });
  it('flags a missing start and one after the year', () => {
    assert.equal(check(rule, child({ episodes: [episode({ ChildProtectionPlans: [cpp({ CPPstartDate: null }), cpp({ CPPstartDate: '2024-04-01' })] })] })).length, 2);
  });
});
