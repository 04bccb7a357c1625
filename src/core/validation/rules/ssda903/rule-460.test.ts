import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-460.ts';
import { cellsOf, check, episode, header } from './test-helpers.ts';

const rows = (DOB: string, REC = 'E17') => ({ header: [header({ DOB })], episodes: [episode({ DECOM: '2023-04-10', DEC: '2024-03-01', REC })] });

describe('rule 460', () => {
  it('passes staying put from the 18th birthday', () => {
    assert.deepEqual(check(rule, rows('2006-03-01')), []);
  });
  it('flags it the day before the 18th birthday', () => {
    assert.deepEqual(cellsOf(check(rule, rows('2006-03-02'))), ['Episodes.DEC=2024-03-01']);
  });
  it('passes another reason ceased', () => {
    assert.deepEqual(check(rule, rows('2006-03-02', 'E8')), []);
  });
});

describe('rule 460 with a leap-day birth', () => {
  it('takes the 18th birthday of a child born on 29 February 2004 as 28 February 2022', () => {
    const rows = (DEC: string) => ({ header: [header({ DOB: '2004-02-29' })], episodes: [episode({ DECOM: '2021-04-10', DEC, REC: 'E17' })] });
    assert.deepEqual(check(rule, rows('2022-02-28')), []);
    assert.equal(check(rule, rows('2022-02-27')).length, 1);
  });
});
