import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8640.ts';
import { check, child, episode } from './test-helpers.ts';

describe('rule 8640', () => {
  it('passes RC9 and no reason', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ ReasonForClosure: 'RC9' }), episode()] })), []);
  });
  it('flags an unknown code', () => {
    assert.equal(check(rule, child({ episodes: [episode({ ReasonForClosure: 'RC10' })] })).length, 1);
  });
});
