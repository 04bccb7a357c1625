import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8925.ts';
import { check, child, cpp, episode } from './test-helpers.ts';

describe('rule 8925', () => {
  it('passes an end after the start', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ ChildProtectionPlans: [cpp({ CPPendDate: '2023-12-01' })] })] })), []);
  });
  it('flags an end before it', () => {
    assert.equal(check(rule, child({ episodes: [episode({ ChildProtectionPlans: [cpp({ CPPendDate: '2023-06-21' })] })] })).length, 1);
  });
});
