import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CinHeader } from '../../model/cin.ts';
import { censusYear } from './census-year.ts';

const header = (Year: string | null, ReferenceDate: string | null): CinHeader => ({
  Collection: 'CIN', Year, ReferenceDate, SourceLevel: null, LEA: '201', SoftwareCode: null, Release: null, SerialNo: null, DateTime: null,
});

describe('censusYear', () => {
  it('takes the census year from Year and ReferenceDate when they agree', () => {
    assert.deepEqual(censusYear(undefined, header('2026', '2026-03-31')), { year: '2025/26', rulesEndYear: 2026, problems: [] });
    assert.equal(censusYear(undefined, header('2026', null)).year, '2025/26');
    assert.equal(censusYear(undefined, header(null, '2025-03-31')).year, '2024/25');
  });

  it('prefers the ReferenceDate when they disagree', () => {
    const d = censusYear(undefined, header('2023', '2024-03-31'));
    assert.equal(d.year, '2023/24');
    assert.deepEqual(d.problems.map((p) => [p.severity, p.kind, p.field]), [['warning', 'bad-format', 'ReferenceDate']]);
  });

  it('a declared year wins, with a warning when the header says otherwise', () => {
    assert.deepEqual(censusYear('2024/25', header('2025', '2025-03-31')).problems, []);
    const d = censusYear('2025/26', header('2025', '2025-03-31'));
    assert.equal(d.year, '2025/26');
    assert.equal(d.problems.length, 1);
  });

  it('unknown and unstated years are read with the nearest known rules', () => {
    assert.deepEqual(censusYear(undefined, null).rulesEndYear, 2026);
    assert.equal(censusYear(undefined, null).year, null);
    assert.equal(censusYear(undefined, header('2012', null)).rulesEndYear, 2017);
    assert.equal(censusYear('2030/31', null).rulesEndYear, 2026);
    assert.deepEqual(censusYear('2030/31', null).problems.map((p) => p.kind), ['unknown-year']);
    assert.equal(censusYear(undefined, header('20x6', null)).year, null);
  });
});
