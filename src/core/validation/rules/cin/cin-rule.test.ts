import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CinChild } from '../../../model/cin.ts';
import { CIN_PARTS, cinPartsWithRows, type CinPart } from './cin-rule.ts';
import { assessment, child, cpp, episode, plan, review, s47 } from './test-helpers.ts';

const partsOf = (c: CinChild): CinPart[] => CIN_PARTS.filter((_, i) => (cinPartsWithRows(c) & (1 << i)) !== 0);

describe('CIN record parts', () => {
  it('finds a group in any episode, and CP plan reviews under the plans', () => {
    const c = child({ episodes: [episode({ Assessments: [], CINPlanDates: [] }), episode({ Assessments: [assessment()], CINPlanDates: [], ChildProtectionPlans: [cpp({ Reviews: [] })] })] });
    assert.deepEqual(partsOf(c), ['Assessments', 'ChildProtectionPlans']);
    assert.deepEqual(partsOf(child({ episodes: [episode({ CINPlanDates: [], ChildProtectionPlans: [cpp({ Reviews: [review('2024-01-01')] })] })] })), ['ChildProtectionPlans', 'Reviews']);
    assert.deepEqual(partsOf(child({ episodes: [episode({ CINPlanDates: [plan()] }), episode({ Section47: [s47()] })] })), ['CINPlanDates', 'Section47']);
    assert.deepEqual(partsOf(child({ episodes: [] })), []);
  });
});
