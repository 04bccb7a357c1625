import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-SW11bSTG2.ts';
import { cellsOf, check, episode, relatedOf, socialWorker } from './test-helpers.ts';

describe('rule SW11bSTG2', () => {
  it('passes a social worker episode that ended the day care ended', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ DEC: '2023-07-01', REC: 'E4A' })], social_worker: [socialWorker({ SW_DEC: '2023-07-01' })] }), []);
  });
  it('flags one that ended the day before care ended, with the episode as related cell', () => {
    const [f] = check(rule, { episodes: [episode({ DEC: '2023-07-01', REC: 'E4A' })], social_worker: [socialWorker({ SW_DEC: '2023-06-30' })] });
    assert.deepEqual(cellsOf([f!]), ['SWEpisodes.SW_DEC=2023-06-30']);
    assert.deepEqual(relatedOf(f), ['Episodes.DECOM=2023-06-01']);
  });
  it('passes one followed by another episode', () => {
    assert.deepEqual(check(rule, { episodes: [episode()], social_worker: [socialWorker({ SW_DEC: '2023-07-01' }), socialWorker({ SW_DECOM: '2023-07-01' })] }), []);
  });
});
