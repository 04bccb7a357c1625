import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-219.ts';
import { cellsOf, check, episode, run } from './test-helpers.ts';
import { providers } from './reference-data.test-support.ts';

describe('rule 219', () => {
  it("passes a children's home URN for K2, and a URN not in the list (rule 243's concern)", () => {
    assert.deepEqual(check(rule, { episodes: [episode({ PLACE: 'K2', URN: 'SC123456' }), episode({ PLACE: 'U4', URN: 'SC999999' })] }, { providers }), []);
  });
  it("flags a children's home URN for a foster placement", () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ PLACE: 'U4', URN: 'SC123456' })] }, { providers })), ['Episodes.URN=SC123456']);
  });
  it('is skipped without a provider list', () => {
    assert.equal(run(rule, { episodes: [episode()] }).outcome.status, 'skipped');
  });
});
