import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-392d.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

describe('rule 392d', () => {
  it('passes different postcodes, and the same postcode for P1', () => {
    assert.deepEqual(check(rule, { episodes: [episode(), episode({ PLACE: 'P1', HOME_POST: 'AB1 2CD', PL_POST: 'AB1 2CD' })] }), []);
  });
  it('flags the same postcode written differently for a foster placement', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ PLACE: 'U4', HOME_POST: 'AB1 2CD', PL_POST: 'ab12cd' })] })), ['Episodes.PL_POST=ab12cd']);
  });
});
