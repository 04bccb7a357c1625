import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { distanceMiles } from './reference-data.ts';
import { rule } from './rule-164.ts';
import { cellsOf, check, episode, run } from './test-helpers.ts';
import { postcodes } from './reference-data.test-support.ts';

describe('rule 164', () => {
  it('passes two known postcodes, about 10 miles apart', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ HOME_POST: 'ab1 2cd', PL_POST: 'AB23EF' })] }, { postcodes }), []);
    assert.equal(Math.round(distanceMiles(postcodes.find('AB1 2CD')!, postcodes.find('AB2 3EF')!)!), 10);
  });
  it('flags an unknown home or placement postcode', () => {
    const findings = check(rule, { episodes: [episode({ HOME_POST: 'QQ9 9QQ' }), episode({ CHILD: '2', PL_POST: 'QQ9 9QQ' })] }, { postcodes });
    assert.deepEqual(cellsOf(findings), ['Episodes.HOME_POST=QQ9 9QQ', 'Episodes.PL_POST=QQ9 9QQ']);
  });
  it('is skipped without a postcode reference', () => {
    assert.equal(run(rule, { episodes: [episode()] }).outcome.status, 'skipped');
  });
});
