import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-224.ts';
import { cellsOf, check, episode } from './test-helpers.ts';
import { providers } from './reference-data.test-support.ts';

describe('rule 224', () => {
  it('passes PR4 for a private home', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ PLACE: 'K2', URN: 'SC123456', PLACE_PROVIDER: 'PR4' })] }, { providers }), []);
  });
  it('flags PR5 for a private home', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ PLACE: 'K2', URN: 'SC123456', PLACE_PROVIDER: 'PR5' })] }, { providers })), [
      'Episodes.PLACE_PROVIDER=PR5',
    ]);
  });
});
