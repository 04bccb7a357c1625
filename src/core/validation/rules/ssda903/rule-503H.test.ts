import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { postcodeLookupOf } from './reference-data.ts';
import { rule } from './rule-503H.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

const postcodes = postcodeLookupOf({ 'AB2 3EF': { la: '202' }, 'AB2 3EG': { la: '202' }, 'XY1 1AA': { la: '303' } });
const lastYear = { episodes: [episode({ DECOM: '2022-05-01', PL_POST: 'AB2 3EF' })] };
const first = (PL_POST: string) => ({ episodes: [episode({ DECOM: '2022-05-01', PL_POST })] });

describe('rule 503H', () => {
  it('passes a placement in the same council (another postcode of it)', () => {
    assert.deepEqual(check(rule, first('ab23eg'), { previous: lastYear, postcodes }), []);
  });
  it('flags a placement in another council', () => {
    assert.deepEqual(cellsOf(check(rule, first('XY1 1AA'), { previous: lastYear, postcodes })), ['Episodes.PL_LA=303']);
  });
});
