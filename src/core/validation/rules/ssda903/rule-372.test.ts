import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-372.ts';
import { cellsOf, check, episode, header } from './test-helpers.ts';

const rows = (DOB: string, PLACE = 'R5') => ({ header: [header({ DOB })], episodes: [episode({ DECOM: '2024-03-01', PLACE })] });

describe('rule 372', () => {
  it('passes R5 starting on the 10th birthday', () => {
    assert.deepEqual(check(rule, rows('2014-03-01')), []);
  });
  it('flags R5 starting the day before the 10th birthday', () => {
    assert.deepEqual(cellsOf(check(rule, rows('2014-03-02'))), ['Episodes.DECOM=2024-03-01']);
  });
  it('passes other placements for a younger child', () => {
    assert.deepEqual(check(rule, rows('2023-01-01', 'U4')), []);
  });
});
