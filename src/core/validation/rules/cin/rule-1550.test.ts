import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-1550.ts';
import { check, child } from './test-helpers.ts';

describe('rule 1550', () => {
  it('passes a digit or a UPN letter', () => {
    assert.deepEqual(check(rule, child({ ids: { UPN: 'P000000000001' } })), []);
    assert.deepEqual(check(rule, child({ ids: { UPN: 'P00000000000B' } })), []);
  });
  it('flags I, O or S, a missing 13th character and a 14th', () => {
    for (const upn of ['P00000000000O', 'P00000000000', 'P0000000000011']) assert.equal(check(rule, child({ ids: { UPN: upn } })).length, 1, upn);
  });
});
