import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-INT02.ts';
import { cellsOf, check, header, placed } from './test-helpers.ts';

describe('rule INT02', () => {
  it('passes a child in PlacedAdoption who is in Header', () => {
    assert.deepEqual(check(rule, { header: [header()], placed_for_adoption: [placed()] }), []);
  });
  it('flags a child in PlacedAdoption but not in Header, once whatever its rows', () => {
    assert.deepEqual(cellsOf(check(rule, { placed_for_adoption: [placed(), placed()] })), ['PlacedAdoption.CHILD=1']);
  });
});
