import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-634.ts';
import { cellsOf, check, episode, permanence } from './test-helpers.ts';

describe('rule 634', () => {
  it('passes details for a child looked after from 1 April 2016, and none for an earlier start', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ DECOM: '2016-04-01' })], previous_permanence: [permanence({ PREV_PERM: 'Z1' })] }), []);
    assert.deepEqual(check(rule, { episodes: [episode({ DECOM: '2016-03-31' })], previous_permanence: [permanence({ PREV_PERM: null })] }), []);
  });
  it('flags details for a child looked after since 31 March 2016', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ DECOM: '2016-03-31' })], previous_permanence: [permanence({ PREV_PERM: 'Z1' })] })), ['PrevPerm.PREV_PERM=Z1']);
  });
});
