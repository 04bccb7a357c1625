import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { providerLookupOf } from './reference-data.ts';
import { rule } from './rule-227.ts';
import { cellsOf, check, episode } from './test-helpers.ts';
import { provider } from './reference-data.test-support.ts';

const providers = providerLookupOf([provider({ registered: '2023-06-01', closed: '2023-09-01' })]);
const at = (DECOM: string) => episode({ PLACE: 'K2', URN: 'SC123456', DECOM });

describe('rule 227', () => {
  it('passes an episode starting on the day of registration, or on the day of closure', () => {
    assert.deepEqual(check(rule, { episodes: [at('2023-06-01'), at('2023-09-01')] }, { providers }), []);
  });
  it('flags one starting the day before registration, or the day after closure', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [at('2023-05-31'), at('2023-09-02')] }, { providers })), ['Episodes.URN=SC123456', 'Episodes.URN=SC123456']);
  });
});
