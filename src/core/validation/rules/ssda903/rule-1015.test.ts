import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { postcodeLookupOf } from './reference-data.ts';
import { rules } from './rule-1015.ts';
import { cellsOf, check, episode, relatedOf, run, variantFor } from './test-helpers.ts';

const postcodes = postcodeLookupOf({ 'AB2 3EF': { la: '201' }, 'ZZ9 9ZZ': { la: '202' } });
const rule = variantFor(rules, '2023/24');

describe('rule 1015', () => {
  it('passes own provision in the own area, and other provision elsewhere', () => {
    const episodes = [episode({ PLACE_PROVIDER: 'PR1', PL_POST: 'ab23ef' }), episode({ PLACE_PROVIDER: 'PR4', PL_POST: 'ZZ9 9ZZ' })];
    assert.deepEqual(check(rule, { episodes }, { postcodes, la: '201' }), []);
  });
  it('flags own provision placed in another council, in every variant', () => {
    const episodes = [episode({ PLACE_PROVIDER: 'PR1', PL_POST: 'ZZ9 9ZZ' })];
    const [f] = check(rule, { episodes }, { postcodes, la: '201' });
    assert.deepEqual(cellsOf([f!]), ['Episodes.PL_POST=ZZ9 9ZZ']);
    assert.deepEqual(relatedOf(f), ['Episodes.PLACE_PROVIDER=PR1']);
    assert.equal(check(variantFor(rules, '2025/26'), { episodes }, { postcodes, la: '201', year: '2025/26' }).length, 1);
  });
  it('passes an unknown postcode, and is skipped without a postcode lookup', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ PLACE_PROVIDER: 'PR1', PL_POST: 'QQ1 1QQ' })] }, { postcodes, la: '201' }), []);
    assert.equal(run(rule, { episodes: [episode()] }).outcome.status, 'skipped');
  });
});
