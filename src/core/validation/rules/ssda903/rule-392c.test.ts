import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-392c.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

describe('rule 392c', () => {
  it('passes full postcodes in any spacing or case, and blanks', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ HOME_POST: 'sw1a1aa', PL_POST: 'EC1A 1BB' }), episode({ HOME_POST: null, PL_POST: 'M1 1AE' })] }), []);
  });
  it('flags partial or malformed postcodes', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ HOME_POST: 'SW1A', PL_POST: '12345' })] })), ['Episodes.HOME_POST=SW1A', 'Episodes.PL_POST=12345']);
  });
});
