import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-407.ts';
import { cellsOf, check, episode, header } from './test-helpers.ts';

const rows = (DOB: string, REC = 'E45') => ({ header: [header({ DOB })], episodes: [episode({ DECOM: '2023-04-10', DEC: '2024-03-01', REC })] });

describe('rule 407', () => {
  it('passes an SGO the day before the 18th birthday', () => {
    assert.deepEqual(check(rule, rows('2006-03-02')), []);
  });
  it('flags an SGO on the 18th birthday', () => {
    assert.deepEqual(cellsOf(check(rule, rows('2006-03-01'))), ['Episodes.DEC=2024-03-01']);
  });
  it('passes another reason ceased', () => {
    assert.deepEqual(check(rule, rows('2006-03-01', 'E8')), []);
  });
});
