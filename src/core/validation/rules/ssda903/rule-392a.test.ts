import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-392a.ts';
import { cellsOf, check, episode, header, run, uasc } from './test-helpers.ts';
import { postcodesForTests as postcodes } from './reference-data.test-support.ts';

describe('rule 392a', () => {
  it('passes an episode whose postcodes give a distance', () => {
    assert.deepEqual(check(rule, { header: [header()], episodes: [episode()] }, { postcodes }), []);
  });
  it('flags a missing or unknown postcode', () => {
    const rows = { header: [header()], episodes: [episode({ PL_POST: null }), episode({ DECOM: '2023-07-01', HOME_POST: 'ZZ9 9ZZ' })] };
    assert.deepEqual(cellsOf(check(rule, rows, { postcodes })), ['Episodes.PL_POST=null', 'Episodes.HOME_POST=ZZ9 9ZZ']);
  });
  it('passes short breaks and UASC children without postcodes', () => {
    assert.deepEqual(check(rule, { header: [header()], episodes: [episode({ LS: 'V3', HOME_POST: null, PL_POST: null })] }, { postcodes }), []);
    assert.deepEqual(check(rule, { header: [header()], uasc: [uasc()], episodes: [episode({ HOME_POST: null })] }, { postcodes }), []);
  });
  it('is skipped without a postcode reference or without the UASC table', () => {
    assert.equal(run(rule, { header: [header()], episodes: [episode()] }).outcome.status, 'skipped');
    assert.equal(run(rule, { header: [header()], episodes: [episode()] }, { postcodes, absent: ['uasc'] }).outcome.status, 'skipped');
  });
});
