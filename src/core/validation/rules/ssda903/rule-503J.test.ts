import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { postcodeLookupOf } from './reference-data.ts';
import { rule } from './rule-503J.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

const postcodes = postcodeLookupOf({ 'AB2 3EF': { la: '201' }, 'AB2 3EG': { la: '202' }, 'XY1 1AA': { la: '303' } });
const lastYear = { episodes: [episode({ DECOM: '2022-05-01', PL_POST: 'AB2 3EG' })] };
const first = (PL_POST: string) => ({ episodes: [episode({ DECOM: '2022-05-01', PL_POST })] });

describe('rule 503J', () => {
  it('passes a move between two councils outside the area (both OUT)', () => {
    assert.deepEqual(check(rule, first('XY1 1AA'), { previous: lastYear, postcodes, la: '201' }), []);
  });
  it('flags a placement now inside the council\'s own area', () => {
    assert.deepEqual(cellsOf(check(rule, first('AB2 3EF'), { previous: lastYear, postcodes, la: '201' })), ['Episodes.PL_LOCATION=IN']);
  });
});
