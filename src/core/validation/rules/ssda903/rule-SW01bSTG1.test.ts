import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-SW01bSTG1.ts';
import { cellsOf, check, socialWorker } from './test-helpers.ts';

describe('rule SW01bSTG1', () => {
  it('passes an episode begun on 31 March 2024 (before the 2024/25 year) without a reason', () => {
    assert.deepEqual(check(rule, { social_worker: [socialWorker({ SW_DECOM: '2024-03-31', SW_REASON: null })] }, { year: '2024/25' }), []);
  });
  it('flags one begun on 1 April 2024 without a reason', () => {
    const rows = [socialWorker({ SW_DECOM: '2024-04-01', SW_REASON: null }), socialWorker({ SW_DECOM: '2024-05-01', SW_REASON: 'MANAGE' })];
    assert.deepEqual(cellsOf(check(rule, { social_worker: rows }, { year: '2024/25' })), ['SWEpisodes.SW_REASON=null']);
  });
});
