import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-373.ts';
import { cellsOf, check, episode, header } from './test-helpers.ts';

const rows = (DOB: string, PLACE = 'S1') => ({ header: [header({ DOB })], episodes: [episode({ DECOM: '2024-03-01', PLACE })] });

describe('rule 373', () => {
  it('passes S1 starting on the 4th birthday', () => {
    assert.deepEqual(check(rule, rows('2020-03-01')), []);
  });
  it('flags S1 starting the day before the 4th birthday', () => {
    assert.deepEqual(cellsOf(check(rule, rows('2020-03-02'))), ['Episodes.DECOM=2024-03-01']);
  });
  it('passes other placements for a younger child', () => {
    assert.deepEqual(check(rule, rows('2023-01-01', 'U4')), []);
  });
});

describe('rule 373 with a leap-day birth', () => {
  it('counts the 4th birthday of a child born on 29 February as 29 February in a leap year', () => {
    const rows = (DECOM: string) => ({ header: [header({ DOB: '2020-02-29' })], episodes: [episode({ DECOM, PLACE: 'S1' })] });
    assert.deepEqual(check(rule, rows('2024-02-29')), []);
    assert.equal(check(rule, rows('2024-02-28')).length, 1);
  });
});
