import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ageInYears, baseCategory, bracketOf, modelledCategory, placementCategory, provisionOf, stateSpace } from './states.ts';

test('brackets are [min, max) on age in days / 365.24', () => {
  assert.deepEqual([-0.5, 0.999, 1, 4.99, 5, 10, 15.99, 16, 29, 45].map(bracketOf), [0, 0, 1, 1, 2, 3, 3, 4, 4, 4]);
  assert.equal(ageInYears(0, 3652.4), 10);
});

test('placement categories and provision follow the reference model', () => {
  assert.deepEqual(['U1', 'u6', 'K2', 'S1', 'K3', 'P2', 'H5', 'P1', 'A4', 'K1', null].map(placementCategory), [
    'Fostering', 'Fostering', 'Residential', 'Residential', 'Supported', 'Supported', 'Supported', 'Other', 'Other', 'Other', 'Other',
  ]);
  assert.deepEqual(['PR0', 'PR1', 'PR3', 'PR4', 'PR5', null].map(provisionOf), ['In-house', 'In-house', 'In-house', 'External', 'External', 'In-house']);
  assert.equal(modelledCategory('R1', 'PR5', true), 'Residential (External)');
  assert.equal(modelledCategory('R1', 'PR5', false), 'Residential');
  assert.equal(baseCategory('Residential (External)'), 'Residential');
});

test('states: only those the data shows, plus not in care per bracket, in a stable order', () => {
  const space = stateSpace([[3, 'Other'], [1, 'Fostering'], [3, 'Fostering'], [4, 'Not in care']]);
  assert.deepEqual(space.states.map((s) => s.label), [
    '1 to 5 - Fostering', '1 to 5 - Not in care', '10 to 16 - Fostering', '10 to 16 - Other', '10 to 16 - Not in care', '16 to 18+ - Not in care',
  ]);
  assert.deepEqual(space.categories, ['Fostering', 'Other']);
  assert.equal(space.index(3, 'Other'), 3);
  assert.equal(space.index(0, 'Other'), undefined);
});
