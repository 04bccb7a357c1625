import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-387.ts';
import { cellsOf, check, episode, header } from './test-helpers.ts';

const rows = (DOB: string, REC = 'E5') => ({ header: [header({ DOB })], episodes: [episode({ DECOM: '2023-04-10', DEC: '2024-03-01', REC })] });

describe('rule 387', () => {
  it('passes independent living from the 14th birthday', () => {
    assert.deepEqual(check(rule, rows('2010-03-01')), []);
  });
  it('flags it the day before the 14th birthday', () => {
    assert.deepEqual(cellsOf(check(rule, rows('2010-03-02'))), ['Episodes.DEC=2024-03-01']);
  });
  it('passes another reason ceased', () => {
    assert.deepEqual(check(rule, rows('2010-03-02', 'E8')), []);
  });
});
