import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-374.ts';
import { cellsOf, check, episode, header } from './test-helpers.ts';

const rows = (DOB: string, PLACE = 'P3') => ({ header: [header({ DOB })], episodes: [episode({ DECOM: '2024-03-01', PLACE })] });

describe('rule 374', () => {
  it('passes P3 starting on the 14th birthday', () => {
    assert.deepEqual(check(rule, rows('2010-03-01')), []);
  });
  it('flags P3 starting the day before the 14th birthday', () => {
    assert.deepEqual(cellsOf(check(rule, rows('2010-03-02'))), ['Episodes.DECOM=2024-03-01']);
  });
  it('passes other placements for a younger child', () => {
    assert.deepEqual(check(rule, rows('2023-01-01', 'U4')), []);
  });
});
