import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-352.ts';
import { cellsOf, check, episode, header } from './test-helpers.ts';

describe('rule 352', () => {
  it('passes starting to be looked after the day before the 18th birthday', () => {
    assert.deepEqual(check(rule, { header: [header({ DOB: '2005-06-02' })], episodes: [episode({ DECOM: '2023-06-01' })] }), []);
  });
  it('flags starting on the 18th birthday', () => {
    assert.deepEqual(cellsOf(check(rule, { header: [header({ DOB: '2005-06-01' })], episodes: [episode({ DECOM: '2023-06-01' })] })), ['Episodes.DECOM=2023-06-01']);
  });
  it('passes a continuation episode after 18', () => {
    assert.deepEqual(check(rule, { header: [header({ DOB: '2005-06-01' })], episodes: [episode({ DECOM: '2023-06-01', RNE: 'P' })] }), []);
  });
});
