import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { providerLookupOf } from './reference-data.ts';
import { rule } from './rule-228.ts';
import { cellsOf, check, episode } from './test-helpers.ts';
import { provider } from './reference-data.test-support.ts';

const providers = providerLookupOf([provider({ closed: '2023-09-01' })]);
const ending = (DEC: string | null) => episode({ PLACE: 'K2', URN: 'SC123456', DEC, REC: DEC && 'X1' });

describe('rule 228', () => {
  it('passes an episode ending on the day the home closed', () => {
    assert.deepEqual(check(rule, { episodes: [ending('2023-09-01')] }, { providers }), []);
  });
  it('flags one ending after, and one still open at 31 March', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [ending('2023-09-02'), ending(null)] }, { providers })), ['Episodes.URN=SC123456', 'Episodes.URN=SC123456']);
  });
});
