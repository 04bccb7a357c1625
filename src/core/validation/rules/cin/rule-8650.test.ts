import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8650.ts';
import { check, child, episode } from './test-helpers.ts';

describe('rule 8650', () => {
  it('passes N0 and no code', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ PrimaryNeedCode: 'N0' }), episode({ PrimaryNeedCode: null })] })), []);
  });
  it('flags an unknown code', () => {
    assert.equal(check(rule, child({ episodes: [episode({ PrimaryNeedCode: 'N10' })] })).length, 1);
  });
});
