import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-SW14STG2.ts';
import { cellsOf, check, episode, socialWorker } from './test-helpers.ts';

describe('rule SW14STG2', () => {
  it('passes an open social worker episode of a child still looked after, and an ended one of a child who left care', () => {
    assert.deepEqual(check(rule, { episodes: [episode()], social_worker: [socialWorker()] }), []);
    assert.deepEqual(check(rule, { episodes: [episode({ DEC: '2023-09-01', REC: 'E4A' })], social_worker: [socialWorker({ SW_DEC: '2023-09-01' })] }), []);
  });
  it('flags a blank end for a child whose care ended on 31 March', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ DEC: '2024-03-31', REC: 'E4A' })], social_worker: [socialWorker()] })), ['SWEpisodes.SW_DEC=null']);
  });
});
