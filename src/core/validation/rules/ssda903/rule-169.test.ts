import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { postcodeLookupOf } from './reference-data.ts';
import { rule } from './rule-169.ts';
import { cellsOf, check, episode } from './test-helpers.ts';
import { postcodes } from './reference-data.test-support.ts';

describe('rule 169', () => {
  it('passes a known placement postcode, and an episode that ended before the year', () => {
    assert.deepEqual(check(rule, { episodes: [episode(), episode({ PL_POST: 'QQ9 9QQ', DEC: '2023-03-31', REC: 'E4A' })] }, { postcodes }), []);
  });
  it('flags an unknown postcode, and one the reference places in no council', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ PL_POST: 'QQ9 9QQ' })] }, { postcodes })), ['Episodes.PL_POST=QQ9 9QQ']);
    const abroad = postcodeLookupOf({ 'AB2 3EF': { latitude: 55, longitude: -3, la: '' } });
    assert.equal(check(rule, { episodes: [episode()] }, { postcodes: abroad }).length, 1);
  });
});
