import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DriftItem } from '../drift/rule.ts';
import { computeIndicators } from '../indicators/compute.ts';
import { assessments45WorkingDays } from '../indicators/measures/assessments-45-working-days.ts';
import { placements3OrMore } from '../indicators/measures/placements-3-or-more.ts';
import { testChild } from '../indicators/test-children.ts';
import { drawSample, indicatorChildren, openCaseChildren, worklistChildren } from './sampling.ts';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `C${String(i).padStart(3, '0')}`);

describe('drawing a sample of children', () => {
  it('gives the same sample for the same seed, whatever order the candidates came in', () => {
    const a = drawSample(ids(50), 5, 42);
    assert.deepEqual(drawSample(ids(50).reverse(), 5, 42), a);
    assert.equal(new Set(a).size, 5, 'no child twice');
    assert.notDeepEqual(drawSample(ids(50), 5, 43), a, 'another seed, another sample');
  });

  it('takes every candidate when there are fewer than asked for, each once', () => {
    assert.deepEqual(drawSample(['B', 'A', 'B'], 10, 1).sort(), ['A', 'B']);
    assert.deepEqual(drawSample([], 3, 1), []);
  });

  it('gives each child an equal chance', () => {
    const seen = new Map<string, number>();
    for (let seed = 0; seed < 2000; seed++) for (const c of drawSample(ids(10), 3, seed)) seen.set(c, (seen.get(c) ?? 0) + 1);
    // 2000 draws of 3 from 10: 600 each expected; a fair draw stays well within ±100 (about 5 standard deviations).
    for (const [child, n] of seen) assert.ok(n > 500 && n < 700, `${child} drawn ${n} times`);
    assert.equal(seen.size, 10);
  });
});

describe('the children a sample is drawn from', () => {
  const looked = testChild({ id: 'LAC', care: [{ DECOM: '2024-05-01' }] });
  const cp = testChild({ id: 'CP', cin: [{ referral: '2024-01-10', cpPlans: [{ start: '2024-02-01' }] }] });
  const closed = testChild({ id: 'CLOSED', cin: [{ referral: '2023-01-10', closed: '2023-06-01' }] });

  it('frames a random sample on the children with an open case on the date', () => {
    assert.deepEqual(openCaseChildren([looked, cp, closed], '2025-03-31'), ['LAC', 'CP']);
  });

  it("takes a worklist's children, of one rule if named, leaving out items done late", () => {
    const item = (childId: string, rule: string, state: DriftItem['state']): DriftItem => ({ id: `${rule}:${childId}`, childId, rule, what: '', since: '2025-01-01', due: '2025-02-01', overdueWorkingDays: 3, severity: 'high', state, facts: [] });
    const items = [item('A', 'cp-visits', 'open'), item('B', 'la-reviews', 'concern'), item('C', 'la-reviews', 'late')];
    assert.deepEqual(worklistChildren(items), ['A', 'B']);
    assert.deepEqual(worklistChildren(items, 'la-reviews'), ['B']);
  });

  it('takes the children an indicator counts against the council: those it counts where lower is better', () => {
    const moves = testChild({ id: 'MOVES', care: [{ DECOM: '2024-06-01' }, { DECOM: '2024-08-01', RNE: 'P' }, { DECOM: '2024-10-01', RNE: 'P' }] });
    const settled = testChild({ id: 'SETTLED', care: [{ DECOM: '2024-06-01' }] });
    const [result] = computeIndicators([moves, settled], { at: '2025-03-31', indicators: [placements3OrMore] });
    assert.deepEqual(indicatorChildren(result!, 'headline'), ['MOVES']);
    assert.equal(indicatorChildren(result!, 'no such period'), null);
  });

  it('and those it does not count where higher is better', () => {
    const late = testChild({ id: 'LATE', cin: [{ referral: '2024-09-02', assessments: [{ start: '2024-09-02', authorised: '2024-12-20' }] }] });
    const prompt = testChild({ id: 'PROMPT', cin: [{ referral: '2024-09-02', assessments: [{ start: '2024-09-02', authorised: '2024-09-20' }] }] });
    const [result] = computeIndicators([late, prompt], { at: '2025-03-31', indicators: [assessments45WorkingDays] });
    assert.deepEqual(indicatorChildren(result!, 'headline'), ['LATE']);
  });
});
