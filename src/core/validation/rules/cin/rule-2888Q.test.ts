import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-2888Q.ts';
import { check, child } from './test-helpers.ts';

describe('rule 2888Q', () => {
  it('passes a return where some child has several disabilities', () => {
    assert.deepEqual(check(rule, [child({ characteristics: { Disabilities: ['MOB'] } }), child({ ids: { LAchildID: 'C2' }, characteristics: { Disabilities: ['MOB', 'AUT'] } })]), []);
  });
  it('flags a return where every disabled child has one code', () => {
    assert.equal(check(rule, [child({ characteristics: { Disabilities: ['MOB'] } }), child({ ids: { LAchildID: 'C2' }, characteristics: { Disabilities: ['NONE'] } })]).length, 1);
  });
});
