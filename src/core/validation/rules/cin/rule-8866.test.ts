import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8866.ts';
import { check, child, episode } from './test-helpers.ts';

describe('rule 8866', () => {
  it('passes 5D (from 2022/23)', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ ReferralSource: '5D' })] })), []);
  });
  it('flags a missing or unknown source', () => {
    assert.equal(check(rule, child({ episodes: [episode({ ReferralSource: null }), episode({ ReferralSource: '11' })] })).length, 2);
  });
});
