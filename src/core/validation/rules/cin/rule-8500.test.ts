import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8500.ts';
import { check, child } from './test-helpers.ts';

describe('rule 8500', () => {
  it('passes an id', () => {
    assert.deepEqual(check(rule, child()), []);
  });
  it('flags an empty or blank id', () => {
    assert.equal(check(rule, [child({ ids: { LAchildID: '' } }), child({ ids: { LAchildID: '  ' } })]).length, 2);
  });
});
