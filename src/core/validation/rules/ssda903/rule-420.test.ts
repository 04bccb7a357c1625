import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-420.ts';
import { cellsOf, check, episode, run } from './test-helpers.ts';
import { postcodesForTests as postcodes } from './reference-data.test-support.ts';

describe('rule 420', () => {
  it('passes short breaks without a placement postcode, and a care order with one', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ LS: 'V3', PL_POST: null }), episode({ LS: 'C2' })] }, { postcodes }), []);
  });
  it('flags a V4 placement postcode that gives a council', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ LS: 'V4', PL_POST: 'AB2 3EF' })] }, { postcodes })), ['Episodes.PL_POST=AB2 3EF']);
  });
  it('is skipped without a postcode reference', () => {
    assert.equal(run(rule, { episodes: [episode()] }).outcome.status, 'skipped');
  });
});
