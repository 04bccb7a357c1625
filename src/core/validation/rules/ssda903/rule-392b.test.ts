import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-392b.ts';
import { cellsOf, check, episode, header, uasc } from './test-helpers.ts';

describe('rule 392b', () => {
  it('passes an episode with both postcodes', () => {
    assert.deepEqual(check(rule, { header: [header()], episodes: [episode()] }), []);
  });
  it('flags each missing postcode', () => {
    assert.deepEqual(cellsOf(check(rule, { header: [header()], episodes: [episode({ HOME_POST: ' ', PL_POST: null })] })), ['Episodes.HOME_POST= ', 'Episodes.PL_POST=null']);
  });
  it('passes short breaks and UASC children without postcodes', () => {
    assert.deepEqual(check(rule, { header: [header()], episodes: [episode({ LS: 'V4', HOME_POST: null, PL_POST: null })] }), []);
    assert.deepEqual(check(rule, { header: [header()], uasc: [uasc()], episodes: [episode({ HOME_POST: null })] }), []);
  });
});
