import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-630.ts';
import { cellsOf, check, episode, permanence } from './test-helpers.ts';

describe('rule 630', () => {
  it('passes a start with a previous permanence option, and a start on 31 March last year without', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ DECOM: '2023-04-01' })], previous_permanence: [permanence()] }), []);
    assert.deepEqual(check(rule, { episodes: [episode({ DECOM: '2023-03-31' })] }), []);
  });
  it('flags a start on 1 April without one, or with a blank option', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ DECOM: '2023-04-01' })] })), ['Episodes.RNE=S']);
    assert.equal(check(rule, { episodes: [episode({ DECOM: '2024-03-31' })], previous_permanence: [permanence({ PREV_PERM: null })] }).length, 1);
  });
});
