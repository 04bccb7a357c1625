import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-SW05STG1.ts';
import { cellsOf, check, socialWorker } from './test-helpers.ts';

describe('rule SW05STG1', () => {
  it('passes a real date and a blank one', () => {
    assert.deepEqual(check(rule, { social_worker: [socialWorker({ SW_DEC: '2024-03-31' }), socialWorker({ SW_DEC: null })] }), []);
  });
  it('flags a date that is not a date', () => {
    assert.deepEqual(cellsOf(check(rule, { social_worker: [socialWorker({ SW_DEC: null, raw: { SW_DEC: 'soon' } })] })), ['SWEpisodes.SW_DEC=soon']);
  });
});
