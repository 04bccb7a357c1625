import assert from 'node:assert/strict';
import { test } from 'node:test';
import { adjustEntries, adjustRates, adjustShares, moveBetweenCategories } from './adjustments.ts';
import { stateSpace } from './states.ts';

// 0 "1 to 5 - Fostering", 1 "1 to 5 - Other", 2 "1 to 5 - Not in care"
const space = stateSpace([[1, 'Fostering'], [1, 'Other']]);
const F = '1 to 5 - Fostering';
const O = '1 to 5 - Other';
const N = '1 to 5 - Not in care';

test('multiply and add; the result never below 0', () => {
  const errors: string[] = [];
  const rates = adjustRates(space, Float64Array.from([0, 0.1, 0.2, 0, 0, 0.3, 0, 0, 0]), [
    { from: F, to: O, change: { multiply: 2 } },
    { from: F, to: N, change: { add: -0.5 } },
    { from: O, to: F, change: { add: 0.05 } },
  ], errors);
  assert.deepEqual(errors, []);
  assert.deepEqual([...rates].map((r) => Math.round(r * 1e12) / 1e12), [0, 0.2, 0, 0.05, 0, 0.3, 0, 0, 0]);
});

test('leaving rates over 1: edited rates keep their share, unedited ones fill what is left', () => {
  const errors: string[] = [];
  // From F: to O 0.4 (edited to 0.8), to N 0.5 (unedited): 1.3 > 1, so N is scaled to 0.2.
  const rates = adjustRates(space, Float64Array.from([0, 0.4, 0.5, 0, 0, 0, 0, 0, 0]), [{ from: F, to: O, change: { multiply: 2 } }], errors);
  assert.ok(Math.abs(rates[1]! - 0.8) < 1e-12 && Math.abs(rates[2]! - 0.2) < 1e-12);
  // Edited alone over 1: scaled to 1, the others 0.
  const over = adjustRates(space, Float64Array.from([0, 0.4, 0.5, 0, 0, 0, 0, 0, 0]), [{ from: F, to: O, change: { add: 0.8 } }], errors);
  assert.deepEqual([over[1], over[2]], [1, 0]);
  assert.deepEqual(errors, []);
});

test('bad edits are plain messages', () => {
  const errors: string[] = [];
  adjustRates(space, new Float64Array(9), [
    { from: F, to: O, change: { multiply: 2 } },
    { from: F, to: 'nowhere', change: { add: 0.1 } },
    { from: F, to: N, change: { add: 2 } },
    { from: F, to: F, change: { add: 0.1 } },
  ], errors);
  assert.equal(errors.length, 4);
  assert.match(errors[0]!, /the rate is 0, so it cannot be multiplied/);
  assert.match(errors[1]!, /there is no state "nowhere"/);
  assert.match(errors[2]!, /at most 1/);
  assert.match(errors[3]!, /what is left over/);
  const entryErrors: string[] = [];
  const entries = adjustEntries(space, Float64Array.from([0.5, 0.1, 0]), [{ to: F, change: { multiply: 1.5 } }, { to: O, change: { add: -1 } }, { to: N, change: { add: 1 } }], entryErrors);
  assert.deepEqual([...entries], [0.75, 0, 0]);
  assert.equal(entryErrors.length, 1);
});

test('moving a share of children between categories, in every bracket', () => {
  const errors: string[] = [];
  const moved = moveBetweenCategories(space, Float64Array.from([10, 4, 0]), [{ from: 'Other', to: 'Fostering', share: 0.25, of: 'start' }], 'start', errors);
  assert.deepEqual([...moved], [11, 3, 0]);
  const untouched = moveBetweenCategories(space, Float64Array.from([10, 4, 0]), [{ from: 'Other', to: 'Fostering', share: 0.25, of: 'start' }], 'entries', errors);
  assert.deepEqual([...untouched], [10, 4, 0]);
  moveBetweenCategories(space, Float64Array.from([10, 4, 0]), [{ from: 'Other', to: 'Mars', share: 2, of: 'both' }], 'start', errors);
  assert.equal(errors.length, 1);
});

test('provider shares: edits fill their part and the historic shares the rest', () => {
  const historic = new Map([['In-house', 0.6], ['IFA', 0.3], ['Family', 0.1]]);
  const round = (m: Map<string, number>) => Object.fromEntries([...m].map(([k, v]) => [k, Math.round(v * 1e12) / 1e12]));
  // The other two (0.6 and 0.1 of 0.7) share the remaining 0.5: 3/7 and 1/14.
  assert.deepEqual(round(adjustShares(historic, new Map([['IFA', 0.5]]))), round(new Map([['In-house', 3 / 7], ['IFA', 0.5], ['Family', 1 / 14]])));
  // Edits reaching 1 are scaled to 1 and the rest set to 0.
  assert.deepEqual(round(adjustShares(historic, new Map([['IFA', 0.9], ['Family', 0.6]]))), { 'In-house': 0, IFA: 0.6, Family: 0.4 });
});
