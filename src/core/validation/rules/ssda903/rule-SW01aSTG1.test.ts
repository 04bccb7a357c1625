import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-SW01aSTG1.ts';
import { cellsOf, check, socialWorker } from './test-helpers.ts';

describe('rule SW01aSTG1', () => {
  it('passes an episode with SW_ID and SW_DECOM but no reason', () => {
    assert.deepEqual(check(rule, { social_worker: [socialWorker({ SW_REASON: null })] }, { year: '2024/25' }), []);
  });
  it('flags a blank SW_ID and SW_DECOM', () => {
    assert.deepEqual(cellsOf(check(rule, { social_worker: [socialWorker({ SW_ID: null, SW_DECOM: null })] }, { year: '2024/25' })), [
      'SWEpisodes.SW_ID=null', 'SWEpisodes.SW_DECOM=null',
    ]);
  });
});
