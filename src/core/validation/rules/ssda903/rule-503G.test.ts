import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { postcodeLookupOf } from './reference-data.ts';
import { rule } from './rule-503G.ts';
import { cellsOf, check, episode, run } from './test-helpers.ts';

// Grid references a known number of metres apart: 16093.44 m is exactly 10 miles.
const postcodes = postcodeLookupOf({
  'AB1 2CD': { easting: 0, northing: 0, la: '201' },
  'AB2 3EF': { easting: 16093.44, northing: 0, la: '202' },
  'AB3 4GH': { easting: 16254.37, northing: 0, la: '202' }, // 10.1 miles
  'AB4 5IJ': { easting: 16110, northing: 0, la: '202' }, // 10.01 miles: 10.0 to one place
});
const lastYear = { episodes: [episode({ DECOM: '2022-05-01', HOME_POST: 'AB1 2CD', PL_POST: 'AB2 3EF' })] };
const first = (PL_POST: string) => ({ episodes: [episode({ DECOM: '2022-05-01', HOME_POST: 'AB1 2CD', PL_POST })] });

describe('rule 503G', () => {
  it('passes the same distance to one decimal place', () => {
    assert.deepEqual(check(rule, first('AB4 5IJ'), { previous: lastYear, postcodes }), []);
  });
  it('flags a distance 0.1 mile different, with the postcodes it comes from', () => {
    const findings = check(rule, first('AB3 4GH'), { previous: lastYear, postcodes });
    assert.deepEqual(cellsOf(findings), ['Episodes.PL_DISTANCE=10.1']);
    assert.deepEqual(findings[0]!.related.map((c) => `${c.table}.${c.field}=${c.value}`), ['Episodes (previous year).PL_DISTANCE=10.0', 'Episodes.HOME_POST=AB1 2CD', 'Episodes.PL_POST=AB3 4GH']);
  });
  it('compares nothing when a postcode is unknown, and is skipped without a postcode lookup', () => {
    assert.deepEqual(check(rule, first('ZZ9 9ZZ'), { previous: lastYear, postcodes }), []);
    assert.equal(run(rule, first('AB3 4GH'), { previous: lastYear }).outcome.status, 'skipped');
  });
});
