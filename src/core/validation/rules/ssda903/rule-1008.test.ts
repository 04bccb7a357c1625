import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { providerLookupOf } from './reference-data.ts';
import { rule } from './rule-1008.ts';
import { cellsOf, check, episode, run } from './test-helpers.ts';

const providers = providerLookupOf([
  { urn: 'SC123456', placementTypes: ['K2'], providerCodes: ['PR4'], postcodes: ['AB2 3EF'], las: ['201'], councilRun: false, registered: '2010-01-01', closed: null },
]);

describe('rule 1008', () => {
  it('passes a URN on the provider list, XXXXXXX and a blank URN', () => {
    const episodes = [episode({ URN: 'SC123456' }), episode({ URN: 'XXXXXXX' }), episode({ URN: null })];
    assert.deepEqual(check(rule, { episodes }, { providers }), []);
  });
  it('flags a URN the list does not have', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ URN: 'SC999999' })] }, { providers })), ['Episodes.URN=SC999999']);
  });
  it('is skipped without a provider list', () => {
    assert.equal(run(rule, { episodes: [episode({ URN: 'SC999999' })] }).outcome.status, 'skipped');
  });
});
