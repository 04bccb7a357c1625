import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rules } from './rule-370.ts';
import { cellsOf, check, episode, header, variantFor } from './test-helpers.ts';

const rows = (DOB: string) => ({ header: [header({ DOB })], episodes: [episode({ DECOM: '2023-06-01', PLACE: 'P2' })] });

describe('rule 370', () => {
  it('2023/24: passes P2 on the 16th birthday and flags the day before', () => {
    const rule = variantFor(rules, '2023/24');
    assert.deepEqual(check(rule, rows('2007-06-01')), []);
    assert.deepEqual(cellsOf(check(rule, rows('2007-06-02'))), ['Episodes.DECOM=2023-06-01']);
  });
  it('2022/23: the limit is 15', () => {
    const rule = variantFor(rules, '2022/23');
    const rows22 = (DOB: string) => ({ header: [header({ DOB })], episodes: [episode({ DECOM: '2022-06-01', PLACE: 'P2' })] });
    assert.deepEqual(check(rule, rows22('2007-06-01'), { year: '2022/23' }), []);
    assert.equal(check(rule, rows22('2007-06-02'), { year: '2022/23' }).length, 1);
  });
});
