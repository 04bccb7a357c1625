import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ruleTo2023, rule } from './rule-1530.ts';
import { check, child } from './test-helpers.ts';

describe('rule 1530', () => {
  it('passes a UPN issued by a known LA', () => {
    assert.deepEqual(check(rule, child({ ids: { UPN: 'X201000000001' } })), []);
    assert.deepEqual(check(rule, child({ ids: { UPN: 'X942000000001' } })), []);
  });
  it('flags an unknown LA number, and a new LA before it existed', () => {
    assert.equal(check(rule, child({ ids: { UPN: 'X999000000001' } })).length, 1);
    assert.equal(check(ruleTo2023, child({ ids: { UPN: 'X942000000001' } }), { year: '2022/23' }).length, 1);
    assert.equal(check(ruleTo2023, child({ ids: { UPN: 'X909000000001' } }), { year: '2022/23' }).length, 0);
  });
});
