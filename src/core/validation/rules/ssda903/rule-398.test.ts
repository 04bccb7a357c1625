import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-398.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

describe('rule 398', () => {
  it('passes short breaks without postcodes and a care order with them', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ LS: 'V3', HOME_POST: null, PL_POST: null }), episode({ LS: 'C2' })] }), []);
  });
  it('flags each postcode of a V4 episode', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ LS: 'V4', HOME_POST: 'AB1 2CD', PL_POST: 'AB2 3EF' })] })), ['Episodes.HOME_POST=AB1 2CD', 'Episodes.PL_POST=AB2 3EF']);
  });
});
