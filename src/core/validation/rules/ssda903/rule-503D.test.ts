import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rules } from './rule-503D.ts';
import { cellsOf, check, episode, variantFor } from './test-helpers.ts';

const lastYear = (PLACE: string) => ({ episodes: [episode({ DECOM: '2022-05-01', PLACE })] });
const thisYear = (PLACE: string) => ({ episodes: [episode({ DECOM: '2022-05-01', PLACE })] });

describe('rule 503D', () => {
  it('passes the same placement type and flags a different one', () => {
    const rule = variantFor(rules, '2023/24');
    assert.deepEqual(check(rule, thisYear('U4'), { previous: lastYear('U4') }), []);
    assert.deepEqual(cellsOf(check(rule, thisYear('U6'), { previous: lastYear('U4') })), ['Episodes.PLACE=U6']);
  });
  it('allows H5 carried on as K3 in 2024/25 only', () => {
    const in2425 = variantFor(rules, '2024/25');
    assert.deepEqual(check(in2425, thisYear('K3'), { year: '2024/25', previous: lastYear('H5') }), []);
    assert.deepEqual(cellsOf(check(in2425, thisYear('K2'), { year: '2024/25', previous: lastYear('H5') })), ['Episodes.PLACE=K2']);
    const in2526 = variantFor(rules, '2025/26');
    assert.deepEqual(cellsOf(check(in2526, thisYear('K3'), { year: '2025/26', previous: lastYear('H5') })), ['Episodes.PLACE=K3']);
  });
  it('needs last year\'s episodes in every variant', () => {
    for (const rule of rules) assert.ok(rule.meta.needs?.includes('previous-year'), rule.meta.years.join());
  });
});
