import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8915.ts';
import { check, child, cpp, episode } from './test-helpers.ts';

describe('rule 8915', () => {
  it('passes a plan that starts on the day of death', () => {
    assert.deepEqual(check(rule, child({ ids: { PersonDeathDate: '2023-09-01' }, episodes: [episode({ ChildProtectionPlans: [cpp({ CPPstartDate: '2023-09-01' })] })] })), []);
  });
  it('flags a plan that starts after it', () => {
    assert.equal(check(rule, child({ ids: { PersonDeathDate: '2023-06-20' }, episodes: [episode({ ChildProtectionPlans: [cpp({ CPPstartDate: '2023-06-21' })] })] })).length, 1);
  });
});
