import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-141.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

describe('rule 141', () => {
  it('passes a valid DECOM', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ DECOM: '2023-06-01' })] }), []);
  });
  it('flags an unreadable date', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ DECOM: null, raw: { DECOM: '31/02/2023' } })] })), ['Episodes.DECOM=31/02/2023']);
  });
  it('flags a blank DECOM, which is required', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ DECOM: null })] })), ['Episodes.DECOM=null']);
  });
});
