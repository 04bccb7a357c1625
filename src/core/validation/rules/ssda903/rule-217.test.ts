import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-217.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

describe('rule 217', () => {
  it('passes A5 with RNE T, and A4 with RNE P', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ PLACE: 'A5', RNE: 'T' }), episode({ PLACE: 'A4', RNE: 'P' })] }), []);
  });
  it('flags A3 with RNE P', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ PLACE: 'A3', RNE: 'P' })] })), ['Episodes.RNE=P']);
  });
});
