import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasCinPart } from './cin-rule.ts';
import { assessment, child, cpp, episode, review } from './test-helpers.ts';

describe('CIN record parts', () => {
  it('finds a group in any episode, and CP plan reviews under the plans', () => {
    const c = child({ episodes: [episode({ Assessments: [] }), episode({ Assessments: [assessment()], ChildProtectionPlans: [cpp({ Reviews: [] })] })] });
    assert.equal(hasCinPart(c, 'Assessments'), true);
    assert.equal(hasCinPart(c, 'ChildProtectionPlans'), true);
    assert.equal(hasCinPart(c, 'Reviews'), false);
    assert.equal(hasCinPart(c, 'Section47'), false);
    assert.equal(hasCinPart(child({ episodes: [episode({ ChildProtectionPlans: [cpp({ Reviews: [review('2024-01-01')] })] })] }), 'Reviews'), true);
    assert.equal(hasCinPart(child({ episodes: [] }), 'Assessments'), false);
  });
});
