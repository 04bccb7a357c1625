import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-1580.ts';
import { check, child } from './test-helpers.ts';

describe('rule 1580', () => {
  it('passes letters and digits', () => {
    assert.deepEqual(check(rule, child({ ids: { LAchildID: 'DfEX0000001' } }), { year: '2024/25' }), []);
  });
  it('flags a dash or a space', () => {
    assert.equal(check(rule, [child({ ids: { LAchildID: 'AB-1' } }), child({ ids: { LAchildID: 'AB 2' } })], { year: '2024/25' }).length, 2);
  });
});
