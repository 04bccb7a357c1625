import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CollectionYear } from '../../../model/collection-year.ts';
import { rules } from './rule-371.ts';
import { check, episode, header, variantFor } from './test-helpers.ts';

const rows = (DOB: string, PLACE: string, DECOM: string) => ({ header: [header({ DOB })], episodes: [episode({ DECOM, PLACE })] });
const cases: readonly [CollectionYear, string, number, string][] = [
  ['2022/23', 'H5', 14, '2022-06-01'],
  ['2023/24', 'H5', 16, '2023-06-01'],
  ['2025/26', 'K3', 16, '2025-06-01'],
];

describe('rule 371', () => {
  for (const [year, place, age, decom] of cases) {
    it(`${year}: passes ${place} on the ${age}th birthday and flags the day before`, () => {
      const rule = variantFor(rules, year);
      const birth = `${Number(decom.slice(0, 4)) - age}-06-01`;
      assert.deepEqual(check(rule, rows(birth, place, decom), { year }), []);
      assert.equal(check(rule, rows(`${Number(decom.slice(0, 4)) - age}-06-02`, place, decom), { year }).length, 1);
    });
  }
  it('2024/25 onwards does not judge H5', () => {
    assert.deepEqual(check(variantFor(rules, '2024/25'), rows('2020-01-01', 'H5', '2024-06-01'), { year: '2024/25' }), []);
  });
});
