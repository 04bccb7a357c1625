import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-SW11aSTG2.ts';
import { cellsOf, check, episode, socialWorker } from './test-helpers.ts';

describe('rule SW11aSTG2', () => {
  it('passes a latest social worker episode ending on 31 March or still open, and a child whose care ended', () => {
    assert.deepEqual(check(rule, { episodes: [episode()], social_worker: [socialWorker({ SW_DEC: '2024-03-31' })] }), []);
    assert.deepEqual(check(rule, { episodes: [episode()], social_worker: [socialWorker({ SW_DEC: '2023-07-01' }), socialWorker({ SW_DECOM: '2023-07-01' })] }), []);
    assert.deepEqual(check(rule, { episodes: [episode({ DEC: '2023-07-01', REC: 'E4A' })], social_worker: [socialWorker({ SW_DEC: '2023-07-01' })] }), []);
  });
  it('flags one ending on 30 March for a child looked after on 31 March', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode()], social_worker: [socialWorker({ SW_DEC: '2024-03-30' })] })), ['SWEpisodes.SW_DEC=2024-03-30']);
  });
});
