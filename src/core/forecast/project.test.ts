import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dayNumber } from '../model/dates.ts';
import { cleanEpisodes } from './clean-episodes.ts';
import { groupOn, groupsOf, project, transitionMatrix } from './project.ts';
import { fitRates } from './rates.ts';
import { dailyStock } from './stock.ts';
import { handBuilt, handWindow } from './test-council.ts';
import { modelStates, stateOf } from './transitions.ts';

test('hand-built council: one daily step, mean and variance worked out on paper', () => {
  const c = cleanEpisodes(handBuilt);
  assert.ok(!('error' in c));
  const space = modelStates(c.episodes);
  const rates = fitRates(space, c.episodes, { from: dayNumber(handWindow.from), to: dayNumber(handWindow.to) });
  const start = dayNumber('2024-01-04');
  const n0 = Float64Array.from(dailyStock(c.episodes, (e) => stateOf(space, e), 3, start, start).map((d) => d[0]!));
  assert.deepEqual([...n0], [3, 1, 0]); // C, D, E fostered; B in residential
  const p = project(space, rates.transition, rates.entry, n0, 1);
  // Fostering keeps 1 − 1/8 of 3 and gains 1/4 entrant; residential gains 3/16; 3/16 leave care.
  assert.deepEqual([...p.mean.subarray(3, 6)], [2.875, 1.1875, 0.1875]);
  // Variance: 0.875·0.125·3 + 0.25 (Poisson) for fostering; 0.0625·0.9375·3 for residential.
  assert.deepEqual([...p.variance.subarray(3, 5)], [0.578125, 0.17578125]);
  const groups = groupsOf(space);
  assert.deepEqual(groups.map((g) => g.name), ['Fostering', 'Residential', 'Total']);
  assert.deepEqual(groupOn(p, 3, groups[2]!, 1), { mean: 4.0625, variance: 0.75390625 });
});

test('the matrix keeps everyone in "not in care" and in states nobody leaves', () => {
  const M = transitionMatrix(2, Float64Array.from([0, 0.25, 0, 0]));
  assert.deepEqual([...M], [0.75, 0, 0.25, 1]);
});

test('with no rates and no entries the population stays put and the variance stays 0', () => {
  const c = cleanEpisodes(handBuilt);
  assert.ok(!('error' in c));
  const space = modelStates(c.episodes);
  const p = project(space, new Float64Array(9), new Float64Array(3), Float64Array.from([3, 1, 0]), 30);
  assert.deepEqual([...p.mean.subarray(90, 93)], [3, 1, 0]);
  assert.ok(p.variance.every((v) => v === 0));
});
