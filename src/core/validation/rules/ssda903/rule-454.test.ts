import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { postcodeLookupOf } from './reference-data.ts';
import { rule } from './rule-454.ts';
import { cellsOf, check, episode, header } from './test-helpers.ts';

const METRES_PER_MILE = 1609.344;
/** Home at the grid origin and placements exactly 350 miles and a little over 350 miles north. */
const postcodes = postcodeLookupOf({
  'AB1 2CD': { easting: 0, northing: 0, la: '201' },
  'AB2 3EF': { easting: 0, northing: 350 * METRES_PER_MILE, la: '202' },
  'CD4 5GH': { easting: 0, northing: 350.1 * METRES_PER_MILE, la: '202' },
});
const year = '2025/26' as const;

describe('rule 454', () => {
  it('passes a placement exactly 350 miles away', () => {
    assert.deepEqual(check(rule, { header: [header()], episodes: [episode({ DECOM: '2025-06-01' })] }, { year, postcodes }), []);
  });
  it('flags one 350.1 miles away', () => {
    assert.deepEqual(cellsOf(check(rule, { header: [header()], episodes: [episode({ DECOM: '2025-06-01', PL_POST: 'CD4 5GH' })] }, { year, postcodes })), ['Episodes.PL_POST=CD4 5GH']);
  });
});
