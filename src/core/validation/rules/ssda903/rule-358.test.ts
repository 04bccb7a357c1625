import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-358.ts';
import { cellsOf, check, episode, header } from './test-helpers.ts';

describe('rule 358', () => {
  it('passes J1 starting on the 10th birthday', () => {
    assert.deepEqual(check(rule, { header: [header({ DOB: '2013-06-01' })], episodes: [episode({ DECOM: '2023-06-01', LS: 'J1' })] }), []);
  });
  it('flags J2 starting the day before the 10th birthday', () => {
    assert.deepEqual(cellsOf(check(rule, { header: [header({ DOB: '2013-06-02' })], episodes: [episode({ DECOM: '2023-06-01', LS: 'J2' })] })), ['Episodes.DECOM=2023-06-01']);
  });
  it('passes other legal statuses under 10', () => {
    assert.deepEqual(check(rule, { header: [header({ DOB: '2020-06-02' })], episodes: [episode({ DECOM: '2023-06-01', LS: 'C2' })] }), []);
  });
});
