import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-241.ts';
import { cellsOf, check, episode, run } from './test-helpers.ts';
import { postcodes, providers } from './reference-data.test-support.ts';

const year = '2025/26';

describe('rule 241', () => {
  it("passes a placement in the provider's council", () => {
    assert.deepEqual(check(rule, { episodes: [episode({ PLACE: 'K2', URN: 'SC123456', PL_POST: 'AB1 2CD' })] }, { year, providers, postcodes }), []);
  });
  it('flags a placement in another council', () => {
    const findings = check(rule, { episodes: [episode({ PLACE: 'K2', URN: 'SC123456', PL_POST: 'ZZ1 1ZZ' })] }, { year, providers, postcodes });
    assert.deepEqual(cellsOf(findings), ['Episodes.URN=SC123456']);
  });
  it('is skipped without the postcode reference', () => {
    assert.equal(run(rule, { episodes: [episode()] }, { year, providers }).outcome.status, 'skipped');
  });
});
