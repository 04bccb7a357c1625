import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-1570.ts';
import { check, child } from './test-helpers.ts';

describe('rule 1570', () => {
  it('passes 20 characters', () => {
    assert.deepEqual(check(rule, child({ ids: { LAchildID: 'A'.repeat(20) } }), { year: '2024/25' }), []);
  });
  it('flags 21', () => {
    assert.equal(check(rule, child({ ids: { LAchildID: 'A'.repeat(21) } }), { year: '2024/25' }).length, 1);
  });
});
