import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rules } from './rule-221.ts';
import { cellsOf, check, episode, variantFor } from './test-helpers.ts';
import { providers } from './reference-data.test-support.ts';

const rule = variantFor(rules, '2023/24');

describe('rule 221', () => {
  it("passes the home's postcode in any spacing, and a foster placement elsewhere", () => {
    assert.deepEqual(check(rule, { episodes: [episode({ PLACE: 'K2', URN: 'SC123456', PL_POST: 'ab2 3ef' })] }, { providers }), []);
    assert.deepEqual(check(rule, { episodes: [episode({ PLACE: 'U4', URN: 'SC123456', PL_POST: 'ZZ1 1ZZ' })] }, { providers }), []);
  });
  it("flags another postcode for a placement in the provider's home", () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ PLACE: 'K2', URN: 'SC123456', PL_POST: 'ZZ1 1ZZ' })] }, { providers })), [
      'Episodes.PL_POST=ZZ1 1ZZ',
    ]);
  });
});
