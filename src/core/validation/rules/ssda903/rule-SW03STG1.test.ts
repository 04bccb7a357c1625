import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-SW03STG1.ts';
import { cellsOf, check, socialWorker } from './test-helpers.ts';

describe('rule SW03STG1', () => {
  it('passes a complete episode', () => {
    assert.deepEqual(check(rule, { social_worker: [socialWorker({ SW_REASON: 'MANAGE' })] }), []);
  });
  it('flags each blank item, but not an unreadable date', () => {
    const rows = [socialWorker({ SW_ID: ' ', SW_DECOM: null, SW_REASON: null }), socialWorker({ SW_DECOM: null, raw: { SW_DECOM: '31/04/2023' }, SW_REASON: 'OTHERS' })];
    assert.deepEqual(cellsOf(check(rule, { social_worker: rows })), ['SWEpisodes.SW_ID= ', 'SWEpisodes.SW_DECOM=null', 'SWEpisodes.SW_REASON=null']);
  });
});
