import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-354.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

describe('rule 354', () => {
  it('passes an episode starting on 31 March', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ DECOM: '2024-03-31' })] }), []);
  });
  it('flags one starting on 1 April after the year', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ DECOM: '2024-04-01' })] })), ['Episodes.DECOM=2024-04-01']);
  });
});
