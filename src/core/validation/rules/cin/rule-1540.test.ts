import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-1540.ts';
import { check, child } from './test-helpers.ts';

describe('rule 1540', () => {
  it('passes eight digits in characters 5 to 12', () => {
    assert.deepEqual(check(rule, child({ ids: { UPN: 'P000000000001' } })), []);
  });
  it('flags a letter among them, and a UPN too short to hold them', () => {
    assert.equal(check(rule, child({ ids: { UPN: 'P2010000A0001' } })).length, 1);
    assert.equal(check(rule, child({ ids: { UPN: 'P2010000' } })).length, 1);
  });
});
