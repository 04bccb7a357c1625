import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-214.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

describe('rule 214', () => {
  it('passes short breaks without location, and other care with it', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ LS: 'V3', PL_POST: null }), episode({ URN: 'SC123456' })] }), []);
  });
  it('flags a postcode or URN for short breaks', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ LS: 'V4', URN: 'SC1' })] })), ['Episodes.PL_POST=AB2 3EF', 'Episodes.URN=SC1']);
  });
});
