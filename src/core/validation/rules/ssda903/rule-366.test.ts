import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-366.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

describe('rule 366', () => {
  it('passes a short break starting with S', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ LS: 'V3', RNE: 'S' })] }), []);
  });
  it('flags a V3 episode with a change of placement', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ LS: 'V3', RNE: 'P' })] })), ['Episodes.RNE=P']);
  });
  it('passes V4 and other legal statuses with P', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ LS: 'V4', RNE: 'P' }), episode({ LS: 'C2', RNE: 'P' })] }), []);
  });
});
