import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-SW06STG2.ts';
import { cellsOf, check, socialWorker } from './test-helpers.ts';

describe('rule SW06STG2', () => {
  it('passes an episode begun on 31 March, or years before', () => {
    assert.deepEqual(check(rule, { social_worker: [socialWorker({ SW_DECOM: '2024-03-31' }), socialWorker({ SW_DECOM: '2019-01-01' })] }), []);
  });
  it('flags one begun on 1 April, after the year', () => {
    assert.deepEqual(cellsOf(check(rule, { social_worker: [socialWorker({ SW_DECOM: '2024-04-01' })] })), ['SWEpisodes.SW_DECOM=2024-04-01']);
  });
});
